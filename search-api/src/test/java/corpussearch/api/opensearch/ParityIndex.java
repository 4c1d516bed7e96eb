package corpussearch.api.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import corpussearch.api.query.QueryPlan;
import corpussearch.api.request.SearchRequest;
import corpussearch.indexer.index.IndexSchema;
import corpussearch.indexer.opensearch.AnalysisForm;
import corpussearch.indexer.opensearch.ParagraphMapping;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.Bits;

/**
 * An OpenSearch index holding the paragraphs of an embedded Lucene index, in the same order, on
 * one shard that keeps that order: index-builder's {@link ParagraphMapping} with the built-in form of
 * the corpus analysis (from the same rule tables). Searched with
 * {@link SearchDsl} bodies; {@link #close()} deletes it.
 */
final class ParityIndex implements AutoCloseable {

  private static final int BULK_DOCUMENTS = 500;

  private final OpenSearchNode node;
  private final String name = "corpus-search-parity-" + UUID.randomUUID().toString().substring(0, 8).toLowerCase(Locale.ROOT);

  private ParityIndex(OpenSearchNode node) {
    this.node = node;
  }

  /** Creates the index on {@code node} and loads every live paragraph of {@code reader} into it. */
  static ParityIndex of(OpenSearchNode node, DirectoryReader reader) throws IOException, InterruptedException {
    ParityIndex index = new ParityIndex(node);
    node.json("PUT", "/" + index.name, settings());
    try {
      index.load(reader);
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    return index;
  }

  private static ObjectNode settings() {
    // The builder's index, on one shard, and merges of neighbouring segments only, so that documents
    // keep the order they were sent in: equal scores then rank in the embedded index's order on both sides.
    ObjectNode body = ParagraphMapping.createIndex(1, 0, AnalysisForm.BUILT_IN);
    ((ObjectNode) body.get("settings").get("index")).put("merge.policy", "log_byte_size");
    return body;
  }

  private void load(DirectoryReader reader) throws IOException, InterruptedException {
    Bits live = MultiBits.getLiveDocs(reader);
    StoredFields stored = reader.storedFields();
    StringBuilder bulk = new StringBuilder();
    int inBulk = 0;
    int sent = 0;
    for (int doc = 0; doc < reader.maxDoc(); doc++) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      Document paragraph = stored.document(doc);
      ObjectNode action = OpenSearchNode.JSON.createObjectNode();
      action.putObject("index").put("_id", paragraph.get(IndexSchema.ID)).put("routing", paragraph.get(IndexSchema.ARTICLE_ID));
      bulk.append(action).append('\n').append(source(paragraph)).append('\n');
      sent++;
      if (++inBulk == BULK_DOCUMENTS) {
        send(bulk);
        inBulk = 0;
      }
    }
    send(bulk);
    node.json("POST", "/" + name + "/_refresh", null);
    long count = node.json("GET", "/" + name + "/_count", null).path("count").asLong();
    if (count != sent) {
      throw new IOException("OpenSearch holds " + count + " of the " + sent + " paragraphs sent");
    }
  }

  private void send(StringBuilder bulk) throws IOException, InterruptedException {
    if (bulk.isEmpty()) {
      return;
    }
    JsonNode answer = node.send("POST", "/" + name + "/_bulk", bulk.toString(), true);
    if (answer.path("errors").asBoolean()) {
      throw new IOException("bulk indexing failed: " + answer.toString().substring(0, Math.min(600, answer.toString().length())));
    }
    bulk.setLength(0);
  }

  /** A paragraph's fields as the OpenSearch index holds them, from the Lucene index's stored ones. */
  private static ObjectNode source(Document paragraph) {
    ObjectNode source = OpenSearchNode.JSON.createObjectNode();
    for (String field : List.of(IndexSchema.ID, IndexSchema.ARTICLE_ID, IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.SECTION,
        IndexSchema.AUTHOR, IndexSchema.OUTLET, IndexSchema.DATE, IndexSchema.URL, IndexSchema.SITE, IndexSchema.SOURCE_FILE,
        IndexSchema.HASH)) {
      if (paragraph.get(field) != null) {
        source.put(field, paragraph.get(field));
      }
    }
    source.put(IndexSchema.N, paragraph.getField(IndexSchema.N).numericValue().intValue());
    if (paragraph.get(IndexSchema.DATE) != null) {
      LocalDate date = LocalDate.parse(paragraph.get(IndexSchema.DATE));
      source.put(IndexSchema.DATE_DAY, date.toEpochDay()).put(OpenSearchFields.YEAR, Integer.toString(date.getYear()));
    }
    return source;
  }

  /** Searches {@code request} as rendered from {@code plan}: the words it depends on first, then the search. */
  SearchAnswer search(SearchRequest request, QueryPlan plan) throws IOException, InterruptedException {
    Map<Vocabulary.Probe, Long> counts = new HashMap<>();
    for (List<Vocabulary.Probe> probes = Vocabulary.next(plan, counts); !probes.isEmpty(); probes = Vocabulary.next(plan, counts)) {
      counts.putAll(Vocabulary.counts(probes, node.json("POST", "/" + name + "/_search", Vocabulary.request(probes))));
    }
    ObjectNode body = SearchDsl.body(request, plan, counts, SearchDsl.EXACT_ARTICLES);
    return SearchAnswer.read(node.json("POST", "/" + name + "/_search?" + SearchDsl.PARAMETERS, body), SearchDsl.EXACT_ARTICLES);
  }

  /**
   * What the service learns on a version that knows none of {@code plan}'s words yet: their first
   * round of counts asked inside the search ({@link Vocabulary#addCounting}, the body rendered on
   * {@link Vocabulary#guessed}), beside the same counts asked apart and the same body searched
   * without them; null when the plan asks nothing.
   */
  Counting countingInside(SearchRequest request, QueryPlan plan) throws IOException, InterruptedException {
    List<Vocabulary.Probe> first = Vocabulary.next(plan, Map.of());
    if (first.isEmpty()) {
      return null;
    }
    ObjectNode body = SearchDsl.body(request, plan, Vocabulary.guessed(Map.of(), first), SearchDsl.EXACT_ARTICLES);
    ObjectNode counting = body.deepCopy();
    Vocabulary.addCounting(counting, first);
    String path = "/" + name + "/_search?" + SearchDsl.PARAMETERS;
    JsonNode inside = node.json("POST", path, counting);
    return new Counting(Vocabulary.counted(first, inside), Vocabulary.counts(first, node.json("POST", "/" + name + "/_search",
        Vocabulary.request(first))), SearchAnswer.read(inside, SearchDsl.EXACT_ARTICLES), SearchAnswer.read(node.json("POST", path, body), SearchDsl.EXACT_ARTICLES));
  }

  /**
   * The counts and answers {@link #countingInside} compares.
   *
   * @param inside the counts the search answered
   * @param apart the counts a request of their own answered
   * @param answer the search's answer, with the counts inside
   * @param alone the answer to the same body without them
   */
  record Counting(Map<Vocabulary.Probe, Long> inside, Map<Vocabulary.Probe, Long> apart, SearchAnswer answer, SearchAnswer alone) {}

  @Override
  public void close() throws IOException {
    try {
      node.json("DELETE", "/" + name, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while deleting " + name, e);
    }
  }
}
