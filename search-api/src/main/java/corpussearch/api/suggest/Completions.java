package corpussearch.api.suggest;

import corpussearch.api.index.IndexView;
import corpussearch.indexer.index.IndexSchema;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.suggest.Lookup.LookupResult;
import org.apache.lucene.search.suggest.fst.WFSTCompletionLookup;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;

/**
 * Search-as-you-type completions from the corpus's own words and multi-word names ("Islamic
 * State", "Maria Zakharova", "Wall Street Journal"), weighted by how often they occur, served by
 * Lucene's {@link WFSTCompletionLookup}. Built once per index version, on first use.
 *
 * <p>Keys are lower-cased and accent-folded so "zak" finds "Zakharova"; each completion is shown in
 * the spelling the corpus uses most.
 *
 * <p>A completion is something a person would type whole ({@link CompletionCandidates}): a word,
 * a name, an outlet or author, or a whole title; never a phrase that starts or ends on a function
 * word, crosses a sentence, or is cut from a headline.
 */
public final class Completions {

  /** Paragraphs read to collect candidates; enough for a representative vocabulary. */
  public static final int SCAN_LIMIT = 20_000;

  private final WFSTCompletionLookup lookup;
  private final Map<String, String> display;

  private Completions(WFSTCompletionLookup lookup, Map<String, String> display) {
    this.lookup = lookup;
    this.display = display;
  }

  /** The completions of {@code view}, built on first call and kept for the view's lifetime. */
  public static Completions of(IndexView view) {
    return view.attachment(Completions.class, Completions::build);
  }

  /** Up to {@code size} completions of {@code prefix}, most frequent first. */
  public List<String> complete(String prefix, int size) throws IOException {
    String key = key(prefix.strip());
    if (key.isEmpty()) {
      return List.of();
    }
    List<String> result = new ArrayList<>();
    for (LookupResult hit : lookup.lookup(key, null, false, size)) {
      result.add(display.getOrDefault(hit.key.toString(), hit.key.toString()));
    }
    return result;
  }

  /**
   * The fields of one paragraph that completions are gathered from.
   *
   * @param text the paragraph
   * @param title its article's title, or null
   * @param author its author, or null
   * @param outlet its outlet, or null
   */
  public record Source(String text, String title, String author, String outlet) {}

  private static Completions build(IndexView view) {
    try {
      StoredFields stored = view.reader().storedFields();
      Bits live = org.apache.lucene.index.MultiBits.getLiveDocs(view.reader());
      int limit = Math.min(view.reader().maxDoc(), SCAN_LIMIT);
      List<Source> sources = new ArrayList<>(limit);
      for (int doc = 0; doc < limit; doc++) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        var document = stored.document(doc, Set.of(IndexSchema.TEXT, IndexSchema.TITLE, IndexSchema.AUTHOR, IndexSchema.OUTLET));
        sources.add(new Source(document.get(IndexSchema.TEXT), document.get(IndexSchema.TITLE), document.get(IndexSchema.AUTHOR),
            document.get(IndexSchema.OUTLET)));
      }
      return from(sources);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The completions of {@code paragraphs} (the first {@value #SCAN_LIMIT} of an index, read by
   * whichever backend holds it), gathered by the same rules whatever the backend.
   */
  public static Completions from(Iterable<Source> paragraphs) throws IOException {
    CompletionCandidates candidates = new CompletionCandidates();
    Set<String> seenTitles = new java.util.HashSet<>();
    for (Source paragraph : paragraphs) {
      candidates.addText(paragraph.text(), 1, true);
      String title = paragraph.title();
      if (title != null && seenTitles.add(title)) {
        candidates.addText(title, 2, false);
        candidates.addTitle(title);
      }
      candidates.addWhole(paragraph.author());
      candidates.addWhole(paragraph.outlet());
    }
    candidates.addNames();
    WFSTCompletionLookup lookup = new WFSTCompletionLookup(new ByteBuffersDirectory(), "completions");
    lookup.build(candidates.iterator());
    return new Completions(lookup, candidates.display());
  }

  static String key(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
