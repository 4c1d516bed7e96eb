package corpussearch.api.search;

import corpussearch.api.query.Match;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * A phrase whose words may also stand in the index as two or three words in a row that join to
 * them, decided when the query is rewritten against an index. The index holds "al-Qaeda" as
 * "al", "qaeda" and the joined "alqaeda" stacked over both, so the joined form sits one position
 * before the next word; a phrase typed with "alqaeda" can only meet that next word through the
 * parts, and the parts are also how "al Qaeda" written apart is indexed. A word's parts are the
 * cuts of it whose pieces are all words of the field, so no list of compounds is needed; a cut
 * that is no compound ("at" + "tack") costs a phrase that finds nothing.
 */
final class PartsPhraseQuery extends Query {

  private final String field;
  private final Match.Phrase phrase;

  /** @param phrase a phrase, rendered as typed on {@code field} and with its words' parts */
  PartsPhraseQuery(String field, Match.Phrase phrase) {
    this.field = field;
    this.phrase = new Match.Phrase(phrase.positions(), phrase.slop());
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    List<List<String>> positions = phrase.positions();
    List<Query> spellings = new ArrayList<>(List.of(MatchQueries.phrase(phrase, field)));
    for (int i = 0; i < positions.size() && spellings.size() <= Match.Phrase.MAX_PART_SPELLINGS; i++) {
      List<String> words = positions.get(i);
      for (List<String> parts : words.size() == 1 ? cuts(reader, words.get(0)) : List.<List<String>>of()) {
        if (spellings.size() > Match.Phrase.MAX_PART_SPELLINGS) {
          break;
        }
        List<List<String>> spelled = new ArrayList<>(positions.subList(0, i));
        parts.forEach(part -> spelled.add(List.of(part)));
        spelled.addAll(positions.subList(i + 1, positions.size()));
        spellings.add(MatchQueries.phrase(new Match.Phrase(spelled, phrase.slop()), field));
      }
    }
    return spellings.size() == 1 ? spellings.get(0) : new DisjunctionMaxQuery(spellings, 0f);
  }

  /** The cuts of {@code word} into two or three pieces that are all words of the field, two first. */
  private List<List<String>> cuts(IndexReader reader, String word) throws IOException {
    List<List<String>> two = new ArrayList<>();
    List<List<String>> three = new ArrayList<>();
    for (int i = 1; i < word.length(); i++) {
      String first = word.substring(0, i);
      if (Character.isLowSurrogate(word.charAt(i)) || !indexed(reader, first)) {
        continue;
      }
      if (indexed(reader, word.substring(i))) {
        two.add(List.of(first, word.substring(i)));
      }
      for (int j = i + 1; j < word.length(); j++) {
        String second = word.substring(i, j);
        if (!Character.isLowSurrogate(word.charAt(j)) && indexed(reader, second) && indexed(reader, word.substring(j))) {
          three.add(List.of(first, second, word.substring(j)));
        }
      }
    }
    two.addAll(three);
    return two;
  }

  private boolean indexed(IndexReader reader, String word) throws IOException {
    return reader.docFreq(new Term(field, word)) > 0;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // inspected as typed (its parts are known only against an index); counted as at most
    // Match.Phrase.MAX_PART_SPELLINGS more
    MatchQueries.phrase(phrase, field).visit(visitor.getSubVisitor(Occur.SHOULD, this));
  }

  @Override
  public String toString(String field) {
    return "withParts(" + MatchQueries.phrase(phrase, this.field).toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((PartsPhraseQuery) other).field) && phrase.equals(((PartsPhraseQuery) other).phrase);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, phrase);
  }
}
