package corpussearch.indexer.corpus;

import corpussearch.indexer.extract.ArticleMetadata;
import corpussearch.indexer.extract.FieldValue;
import corpussearch.indexer.extract.MetadataField;
import corpussearch.indexer.source.CorpusProblem;
import corpussearch.indexer.source.SourceDocument;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A curator's corrections from {@code metadata.csv} (header {@code file,title,author,outlet,date}).
 * A row names an article by its file (relative to the corpus) or by its article id; a non-empty
 * cell replaces the extracted value, an empty one keeps it. Its own errors (unknown file, bad
 * date, malformed CSV) are reported as problems, never fatal.
 */
public final class MetadataOverrides {

  /** The rule name reported for values that came from the CSV. */
  public static final String RULE = "metadata.csv";

  private final Map<String, Map<MetadataField, String>> rows;
  private final Map<String, Integer> rowLines;
  private final Set<String> used = ConcurrentHashMap.newKeySet();

  private MetadataOverrides(Map<String, Map<MetadataField, String>> rows, Map<String, Integer> rowLines) {
    this.rows = rows;
    this.rowLines = rowLines;
  }

  /** No overrides. */
  public static MetadataOverrides none() {
    return new MetadataOverrides(Map.of(), Map.of());
  }

  /** Loads {@code metadata.csv} from {@code corpus} when present, adding its errors to {@code problems}. */
  public static MetadataOverrides load(Path corpus, List<CorpusProblem> problems) {
    Path csv = corpus.resolve(CorpusReader.METADATA_CSV);
    if (!Files.isRegularFile(csv)) {
      return none();
    }
    Map<String, Map<MetadataField, String>> rows = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();
    try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      if (!parser.getHeaderMap().containsKey("file")) {
        problems.add(CorpusProblem.error(CorpusReader.METADATA_CSV, 1, "no \"file\" column in the header; file ignored"));
        return none();
      }
      for (CSVRecord record : parser) {
        int line = (int) record.getRecordNumber() + 1;
        String file = record.get("file");
        if (file == null || file.isBlank()) {
          problems.add(CorpusProblem.error(CorpusReader.METADATA_CSV, line, "empty \"file\" cell; row ignored"));
          continue;
        }
        rows.put(file, cells(record, line, problems));
        lines.put(file, line);
      }
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      problems.add(CorpusProblem.error(CorpusReader.METADATA_CSV, 0, "cannot read: " + e.getMessage() + "; file ignored"));
      return none();
    }
    return new MetadataOverrides(rows, lines);
  }

  /** {@code metadata} with the curator's values for the article, if any row names it. */
  public ArticleMetadata apply(SourceDocument source, ArticleMetadata metadata) {
    String key = rows.containsKey(source.sourceFile()) ? source.sourceFile() : source.articleId();
    Map<MetadataField, String> row = rows.get(key);
    if (row == null) {
      return metadata;
    }
    used.add(key);
    ArticleMetadata result = metadata;
    for (Map.Entry<MetadataField, String> cell : row.entrySet()) {
      result = result.with(cell.getKey(), FieldValue.of(cell.getValue(), RULE));
    }
    return result;
  }

  /** The CSV row (as text) that applies to {@code source}, folded into its change hash. */
  public String fingerprint(SourceDocument source) {
    Map<MetadataField, String> row = rows.getOrDefault(source.sourceFile(), rows.get(source.articleId()));
    return row == null ? "" : row.toString();
  }

  /** Rows that named no article of the corpus, as problems. */
  public List<CorpusProblem> unusedRows() {
    List<CorpusProblem> problems = new ArrayList<>();
    for (String key : rows.keySet()) {
      if (!used.contains(key)) {
        problems.add(CorpusProblem.error(CorpusReader.METADATA_CSV, rowLines.get(key), "unknown file \"" + key + "\"; row ignored"));
      }
    }
    return problems;
  }

  private static Map<MetadataField, String> cells(CSVRecord record, int line, List<CorpusProblem> problems) {
    Map<MetadataField, String> cells = new EnumMap<>(MetadataField.class);
    for (MetadataField field : MetadataField.values()) {
      String value = record.isMapped(field.key()) && record.isSet(field.key()) ? record.get(field.key()) : "";
      if (value.isBlank()) {
        continue;
      }
      if (field == MetadataField.DATE && !JsonLineArticles.isIsoDate(value)) {
        problems.add(CorpusProblem.error(CorpusReader.METADATA_CSV, line, "bad date \"" + value + "\" (want YYYY-MM-DD); cell ignored"));
        continue;
      }
      cells.put(field, value);
    }
    return cells;
  }
}
