package corpussearch.indexer.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.index.IndexableArticle;
import corpussearch.indexer.opensearch.ParagraphSources.ParagraphSource;
import corpussearch.indexer.paragraphs.Paragraph;
import corpussearch.indexer.source.WebAddresses;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The paragraph index's mapping, and the documents written under it. */
class ParagraphMappingTest {

  static final List<String> TEXT_FIELDS = List.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.SECTION,
      IndexSchema.AUTHOR_TEXT, IndexSchema.OUTLET_TEXT);
  static final List<String> KEYWORD_FIELDS = List.of(IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.AUTHOR,
      IndexSchema.OUTLET, IndexSchema.SITE, IndexSchema.SOURCE_FILE, IndexSchema.HASH, ParagraphMapping.YEAR);

  static OpenSearchTarget target(AnalysisForm analysis) {
    return new OpenSearchTarget(List.of(URI.create("http://127.0.0.1:9200")), "corpus", 4, 2, analysis);
  }

  @Provide
  Arbitrary<IndexableArticle> articles() {
    return GeneratedArticles.articles();
  }

  /** The mapping is strict, so a field it does not name would be refused: it names every one written. */
  @Property(tries = 200)
  void mapsEveryFieldADocumentHas(@ForAll("articles") IndexableArticle article) {
    JsonNode properties = ParagraphMapping.mappings(AnalysisForm.BUILT_IN).path("properties");
    for (ParagraphSource paragraph : ParagraphSources.of(article)) {
      paragraph.source().fieldNames().forEachRemaining(field -> assertThat(properties.has(field)).as(field).isTrue());
    }
  }

  /** A document holds the values the Lucene index stores, and leaves unknown values out. */
  @Property(tries = 200)
  void documentsCarryTheArticlesValues(@ForAll("articles") IndexableArticle article) {
    List<ParagraphSource> sources = ParagraphSources.of(article);
    assertThat(sources).hasSameSizeAs(article.paragraphs());
    for (int i = 0; i < sources.size(); i++) {
      Paragraph paragraph = article.paragraphs().get(i);
      JsonNode doc = sources.get(i).source();
      assertThat(sources.get(i).id()).isEqualTo(article.articleId() + ":" + paragraph.n()).isEqualTo(doc.path(IndexSchema.ID).asText());
      assertThat(sources.get(i).routing()).isEqualTo(article.articleId()).isEqualTo(doc.path(IndexSchema.ARTICLE_ID).asText());
      assertThat(doc.path(IndexSchema.N).asInt()).isEqualTo(paragraph.n());
      assertThat(doc.path(IndexSchema.TEXT).asText()).isEqualTo(paragraph.text());
      assertThat(value(doc, IndexSchema.SECTION)).isEqualTo(paragraph.section());
      assertThat(value(doc, IndexSchema.TITLE)).isEqualTo(article.metadata().title().value());
      assertThat(value(doc, IndexSchema.AUTHOR)).isEqualTo(article.metadata().author().value());
      assertThat(value(doc, IndexSchema.OUTLET)).isEqualTo(article.metadata().outlet().value());
      assertThat(value(doc, IndexSchema.HASH)).isEqualTo(article.contentHash());
      assertThat(value(doc, IndexSchema.SOURCE_FILE)).isEqualTo(article.sourceFile());
      assertThat(value(doc, IndexSchema.SITE)).isEqualTo(WebAddresses.site(article.url()));
      String date = article.metadata().date().value();
      assertThat(value(doc, IndexSchema.DATE)).isEqualTo(date);
      assertThat(value(doc, IndexSchema.DATE_DAY)).isEqualTo(date == null ? null : Long.toString(LocalDate.parse(date).toEpochDay()));
      assertThat(value(doc, ParagraphMapping.YEAR)).isEqualTo(date == null ? null : Integer.toString(LocalDate.parse(date).getYear()));
    }
  }

  @Example
  void analysesTextWithTheCorpusChainAndOffsets() {
    JsonNode properties = ParagraphMapping.mappings(AnalysisForm.BUILT_IN).path("properties");
    for (String field : TEXT_FIELDS) {
      assertThat(properties.path(field).path("type").asText()).as(field).isEqualTo("text");
      assertThat(properties.path(field).path("analyzer").asText()).as(field).isEqualTo("corpus");
      assertThat(properties.path(field).path("search_analyzer").asText()).as(field).isEqualTo("corpus_search");
      assertThat(properties.path(field).path("index_options").asText()).as(field).isEqualTo("offsets");
    }
    for (String field : KEYWORD_FIELDS) {
      assertThat(properties.path(field).path("type").asText()).as(field).isEqualTo("keyword");
    }
    assertThat(properties.path(IndexSchema.AUTHOR).path("copy_to").asText()).isEqualTo(IndexSchema.AUTHOR_TEXT);
    assertThat(properties.path(IndexSchema.OUTLET).path("copy_to").asText()).isEqualTo(IndexSchema.OUTLET_TEXT);
    assertThat(properties.path(IndexSchema.DATE).path("type").asText()).isEqualTo("date");
    assertThat(properties.path(IndexSchema.DATE_DAY).path("type").asText()).isEqualTo("long");
  }

  @Example
  void requiresARoutingAndRefusesUnknownFields() {
    JsonNode mappings = ParagraphMapping.mappings(AnalysisForm.PLUGIN);
    assertThat(mappings.path("dynamic").asText()).isEqualTo("strict");
    assertThat(mappings.path("_routing").path("required").asBoolean()).isTrue();
    assertThat(mappings.path("_meta").path(ParagraphMapping.META_SCHEMA).asText()).isEqualTo(IndexSchema.SCHEMA_VERSION);
    assertThat(mappings.path("_meta").path(ParagraphMapping.META_ANALYSIS).asText()).isEqualTo("PLUGIN");
  }

  /** The built-in form brings the analyzers the mapping names; the plugin form leaves them to the plugin; both bring the terms analyzer searches use. */
  @Example
  void bringsTheAnalyzersOnlyInTheBuiltInForm() {
    JsonNode builtIn = ParagraphMapping.createIndex(target(AnalysisForm.BUILT_IN)).path("settings").path("index");
    assertThat(builtIn.path("number_of_shards").asInt()).isEqualTo(4);
    assertThat(builtIn.path("number_of_replicas").asInt()).isEqualTo(2);
    JsonNode analyzers = builtIn.path("analysis").path("analyzer");
    for (String analyzer : List.of("corpus", "corpus_search", "corpus_words")) {
      assertThat(analyzers.has(analyzer)).as(analyzer).isTrue();
    }
    JsonNode plugin = ParagraphMapping.createIndex(target(AnalysisForm.PLUGIN)).path("settings").path("index");
    assertThat(plugin.path("analysis").path("analyzer").fieldNames()).toIterable().containsExactly(ParagraphMapping.TERMS_ANALYZER);
    assertThat(plugin.path("number_of_shards").asInt()).isEqualTo(4);
  }

  private static String value(JsonNode doc, String field) {
    return doc.has(field) ? doc.path(field).asText() : null;
  }
}
