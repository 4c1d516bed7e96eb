package corpussearch.indexer.opensearch;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.paragraphs.Paragraph;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Test generator: articles as the pipeline hands them to a writer, with text that JSON must
 * escape (quotes, backslashes, newlines, control characters, emoji, any Unicode) and every
 * metadata field known or not.
 */
final class GeneratedArticles {

  private GeneratedArticles() {}

  static Arbitrary<IndexableArticle> articles() {
    Arbitrary<String> id = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars('_', '-', ':').ofMinLength(1).ofMaxLength(24);
    Arbitrary<List<String>> texts = text().list().ofMinSize(1).ofMaxSize(6);
    Arbitrary<List<String>> sections = text().injectNull(0.5).list().ofSize(6);
    Arbitrary<String> url = Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12)
        .map(host -> "https://www." + host + ".example/news/" + host).injectNull(0.3);
    return Combinators.combine(id, texts, sections, metadata(), url, Arbitraries.strings().withCharRange('0', '9').withCharRange('a', 'f').ofLength(64))
        .as((articleId, paragraphTexts, headings, metadata, address, hash) -> {
          List<Paragraph> paragraphs = new ArrayList<>();
          for (int n = 0; n < paragraphTexts.size(); n++) {
            paragraphs.add(new Paragraph(n, headings.get(n), paragraphTexts.get(n)));
          }
          return new IndexableArticle(articleId, articleId + ".txt", metadata, paragraphs, hash, address);
        });
  }

  static Arbitrary<String> text() {
    Arbitrary<String> awkward = Arbitraries.of("\"", "\\", "\n", "\t", "\u0000", "\u2028", "😀", "👩‍👩‍👧", "é", "ß", "{\"a\":1}", "</script>");
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(20);
    Arbitrary<String> words = Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12);
    return Arbitraries.oneOf(awkward, any, words).list().ofMinSize(1).ofMaxSize(8).map(parts -> String.join(" ", parts));
  }

  private static Arbitrary<ArticleMetadata> metadata() {
    Arbitrary<FieldValue> name = text().map(value -> FieldValue.of(value, "generated")).injectNull(0.3);
    Arbitrary<FieldValue> date = Arbitraries.longs().between(LocalDate.of(1800, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(day -> FieldValue.of(LocalDate.ofEpochDay(day).toString(), "generated")).injectNull(0.3);
    return Combinators.combine(name, name, name, date).as((title, author, outlet, day) ->
        new ArticleMetadata(known(title), known(author), known(outlet), known(day)));
  }

  private static FieldValue known(FieldValue value) {
    return value == null ? FieldValue.unknown() : value;
  }
}
