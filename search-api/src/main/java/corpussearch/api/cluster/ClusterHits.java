package corpussearch.api.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.highlight.MarkedParagraph;
import corpussearch.api.highlight.ParagraphHighlighter;
import corpussearch.api.opensearch.SearchAnswer;
import corpussearch.api.service.Hit;
import corpussearch.indexer.index.IndexSchema;

/** Paragraphs as OpenSearch returns them, read back as the embedded search reports them. */
final class ClusterHits {

  private ClusterHits() {}

  /** A hit as the embedded search reports it: its passage cut and a phrase marked as one span. */
  static Hit hit(SearchAnswer.Hit hit, boolean highlight, PhraseWords phrases) {
    JsonNode source = hit.source();
    String text = field(source, IndexSchema.TEXT);
    String html = highlight ? marked(hit.highlight(), text, phrases).html(true) : null;
    return new Hit(hit.id(), field(source, IndexSchema.ARTICLE_ID), source.path(IndexSchema.N).asInt(), hit.score(),
        field(source, IndexSchema.TITLE), field(source, IndexSchema.AUTHOR), field(source, IndexSchema.OUTLET),
        field(source, IndexSchema.DATE), field(source, IndexSchema.URL), field(source, IndexSchema.SECTION), text, html, hit.matches());
  }

  /** OpenSearch's marked paragraph ({@code html}; null when nothing was marked), phrases joined. */
  static MarkedParagraph marked(String html, String text, PhraseWords phrases) {
    return MarkedParagraph.parse(html != null ? html : ParagraphHighlighter.escape(text)).joined(phrases);
  }

  static String field(JsonNode source, String name) {
    JsonNode value = source.get(name);
    return value == null || value.isNull() ? null : value.asText();
  }
}
