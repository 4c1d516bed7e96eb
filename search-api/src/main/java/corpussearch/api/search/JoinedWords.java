package corpussearch.api.search;

import corpussearch.analysis.AnalyzedTerms;
import corpussearch.api.query.Concept;
import corpussearch.api.query.FieldWeight;
import corpussearch.api.query.Match;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * Words that people write joined, hyphenated or apart ("hardliner", "hard-liner", "hard liner";
 * "ISIS-K", "ISIS K"), matched whichever way the text has them. The index holds a hyphenated word
 * as its parts and joined ({@code CompoundWordFilter}), so:
 *
 * <ul>
 *   <li>a typed hyphenated word matches its parts as a phrase or its joined form;
 *   <li>two typed words side by side also match their joined form, and when the index holds that
 *       form, the second word stands only as part of the pair (the phrase or the joined form), so
 *       the "k" of "ISIS k" is not searched, nor marked, on its own;
 *   <li>a quoted text also matches with any two or three of its words joined, and each of its
 *       words as the parts the index holds in a row ({@code PartsPhraseQuery}).
 * </ul>
 *
 * A joined form the index does not hold costs a term lookup that finds nothing.
 */
final class JoinedWords {

  /** How the concepts build what a joined form or a pair of words matches, on a part's fields. */
  interface Matcher {
    /** What the one word {@code word} matches, with its aliases; null if nothing. */
    Match word(String word);

    /** What the quoted {@code words} match, as typed; null if nothing. */
    Match phrase(String words);
  }

  private static final Pattern HYPHENS = Pattern.compile("[-\\u2010\\u2011]");
  /** Quoted texts longer than this are matched as typed: each pair adds a phrase. */
  private static final int MAX_PHRASE_WORDS = 6;
  /** Most parts of a word written apart that a quoted text's variants join (as "bin-al-Shibh"). */
  private static final int MAX_JOINED_PARTS = 3;

  private final Analyzer words;

  /** @param words the analyzer that turns a query word into its index terms, one per position */
  JoinedWords(Analyzer words) {
    this.words = words;
  }

  /** {@code phrase} (a typed hyphenated word's parts) or the word joined. */
  Match orJoined(Match phrase, String hyphenated, Matcher matcher) {
    String together = HYPHENS.matcher(hyphenated).replaceAll("");
    Match joined = single(together) == null ? null : matcher.word(together);
    return joined == null ? phrase : Match.best(List.of(phrase, new Match.Without(joined, phrase)));
  }

  /**
   * {@code concepts} with each pair of adjacent typed words also matching their joined form (but
   * a word typed twice, which means it once, and words past those that can rank a paragraph).
   * Where the index holds a hyphenated word both ways, the joined form, rarer than its parts,
   * counts only where the parts are not found ({@link Match.Without}): it would otherwise score
   * "civil-service" above "civil service"; a word written solid ("hardliner") scores through its
   * joined form alone.
   */
  List<Concept> pairs(String text, List<Concept> concepts, Matcher matcher, List<FieldWeight> fields) {
    List<Concept> joined = new ArrayList<>(concepts);
    String[] typed = text.trim().split("\\s+");
    int from = 0;
    for (int w = 0; w + 1 < Math.min(typed.length, QueryPlanner.MAX_TIERED_CONCEPTS); w++) {
      String first = single(typed[w]);
      String second = single(typed[w + 1]);
      int at = first == null || second == null || first.equals(second) ? -1 : indexOfPair(concepts, from, first, second);
      String together = typed[w] + typed[w + 1];
      String stem = at < 0 ? null : single(together);
      Match word = stem == null ? null : matcher.word(together);
      Match phrase = word == null ? null : matcher.phrase(typed[w] + " " + typed[w + 1]);
      if (phrase == null) {
        continue;
      }
      from = at + 1;
      // each concept's own match, not one already joined with its other neighbour: the matches
      // of a long run of words then grow with its length, not exponentially
      Match alone = concepts.get(at).exact();
      Concept a = joined.get(at);
      joined.set(at, a.withExact(Match.best(List.of(a.exact(), new Match.Without(word, alone)))));
      Match pair = Match.best(List.of(phrase, new Match.Without(word, phrase)));
      Concept b = joined.get(at + 1);
      List<String> probed = fields.stream().map(FieldWeight::field).toList();
      joined.set(at + 1, b.withExact(new Match.IfIndexed(probed, stem, pair, b.exact())));
    }
    return joined;
  }

  /**
   * The texts of a quoted {@code text} with one run of two or three adjacent words joined, its
   * hyphenated words counted as their parts: "al-Qaeda attack" and "al Qaeda attack" both give
   * "alQaeda attack", which finds the word where the text writes it solid.
   */
  List<String> phraseVariants(String text) {
    String[] typed = HYPHENS.matcher(text.trim()).replaceAll(" ").trim().split("\\s+");
    List<String> variants = new ArrayList<>();
    if (typed.length < 2 || typed.length > MAX_PHRASE_WORDS) {
      return variants;
    }
    for (int run = 2; run <= MAX_JOINED_PARTS; run++) {
      for (int w = 0; w + run <= typed.length; w++) {
        if (allSingle(typed, w, w + run)) {
          StringBuilder variant = new StringBuilder();
          for (int k = 0; k < typed.length; k++) {
            variant.append(k == 0 || k > w && k < w + run ? "" : " ").append(typed[k]);
          }
          variants.add(variant.toString());
        }
      }
    }
    return variants;
  }

  private boolean allSingle(String[] typed, int from, int to) {
    for (int k = from; k < to; k++) {
      if (single(typed[k]) == null) {
        return false;
      }
    }
    return true;
  }

  /** Where two adjacent concepts match {@code first} and {@code second} (as typed, or with aliases). */
  private static int indexOfPair(List<Concept> concepts, int from, String first, String second) {
    for (int i = from; i + 1 < concepts.size(); i++) {
      if (holds(concepts.get(i).exact(), first) && holds(concepts.get(i + 1).exact(), second)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code match} searches the single paragraph-text word {@code text} among others. */
  private static boolean holds(Match match, String text) {
    return switch (match) {
      case Match.OnFields on -> on.fields().stream().anyMatch(field -> field.field().equals(IndexSchema.TEXT))
          && searches(on.match(), text);
      case Match.Group group -> group.members().stream().anyMatch(member -> holds(member, text));
      case Match.Without without -> holds(without.match(), text);
      case Match.IfIndexed either -> holds(either.present(), text) || holds(either.absent(), text);
      default -> false;
    };
  }

  private static boolean searches(Match match, String text) {
    return match instanceof Match.Term term ? term.term().equals(text)
        : match instanceof Match.Group group && group.members().stream().anyMatch(member -> searches(member, text));
  }

  /** The one index term of a typed word; null when it makes none or several. */
  private String single(String word) {
    List<String> terms = AnalyzedTerms.of(words, IndexSchema.TEXT, word);
    return terms.size() == 1 ? terms.get(0) : null;
  }
}
