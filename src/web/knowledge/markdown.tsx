/**
 * An article's Markdown as HTML. react-markdown builds React elements and drops raw HTML, so an
 * article can never inject markup or scripts into the help centre.
 */
import ReactMarkdown from 'react-markdown';

/** The rendered text of an article. */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="article-text">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  );
}
