package corpussearch.api.cluster;

import corpussearch.analysis.AnalyzedTerms;
import corpussearch.api.query.Concept;
import corpussearch.api.query.Match;
import corpussearch.api.query.QueryPlan;
import corpussearch.indexer.index.IndexSchema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;

/**
 * The neighbouring words of a plan's phrases (quoted, aliases of several words, proximity), as
 * indexed terms: what tells two marks OpenSearch set word by word that the embedded highlighter
 * marks as one span.
 */
final class PhraseWords implements BiPredicate<String, String> {

  private final Set<String> pairs;
  private final Analyzer analyzer;

  private PhraseWords(Set<String> pairs, Analyzer analyzer) {
    this.pairs = pairs;
    this.analyzer = analyzer;
  }

  /** The phrase words of {@code plan}; {@code analyzer} turns marked text into indexed terms. */
  static PhraseWords of(QueryPlan plan, Analyzer analyzer) {
    Set<String> pairs = new HashSet<>();
    List<Match> matches = new ArrayList<>(plan.proximity());
    for (Concept concept : plan.tiered()) {
      matches.add(concept.exact());
    }
    for (Concept concept : plan.untiered()) {
      matches.add(concept.exact());
    }
    matches.forEach(match -> collect(match, pairs));
    return new PhraseWords(pairs, analyzer);
  }

  private static void collect(Match match, Set<String> pairs) {
    switch (match) {
      case Match.Phrase phrase -> {
        for (int i = 0; i + 1 < phrase.positions().size(); i++) {
          for (String left : phrase.positions().get(i)) {
            phrase.positions().get(i + 1).forEach(right -> pairs.add(left + " " + right));
          }
        }
      }
      case Match.Without without -> collect(without.match(), pairs);
      case Match.IfIndexed ifIndexed -> {
        collect(ifIndexed.present(), pairs);
        collect(ifIndexed.absent(), pairs);
      }
      case Match.Group group -> group.members().forEach(member -> collect(member, pairs));
      case Match.OnFields onFields -> collect(onFields.match(), pairs);
      default -> { }
    }
  }

  /** Whether the last word of {@code left} and the first of {@code right} are neighbours in a phrase. */
  @Override
  public boolean test(String left, String right) {
    if (pairs.isEmpty()) {
      return false;
    }
    List<String> before = terms(left);
    List<String> after = terms(right);
    return !before.isEmpty() && !after.isEmpty() && pairs.contains(before.get(before.size() - 1) + " " + after.get(0));
  }

  private List<String> terms(String text) {
    return AnalyzedTerms.of(analyzer, IndexSchema.TEXT, text);
  }
}
