/**
 * Text that carries an article inside something else: a chat export with the article pasted into
 * one message, a forum thread quoting it, a Gemini capsule's link lines, wire copy's end-of-line
 * marks, a note an app's "share" button wrote. Plain Java over lines, no Lucene.
 *
 * <p>Entry point: {@link corpussearch.indexer.containers.TextContainers#unwrap}, which returns the
 * lines with the container taken off: the container's own lines (other messages, posts, link lines,
 * the user's notes) blanked and the marks around the article's lines removed, line for line, so
 * that the metadata rules and the paragraph splitter read the article as if it had been saved
 * alone. What no container claims comes back unchanged.
 */
package corpussearch.indexer.containers;
