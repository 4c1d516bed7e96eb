package corpussearch.api.search;

import corpussearch.api.query.Match;
import corpussearch.api.query.PhraseSpellings;
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
 * parts, and the parts are also how "al Qaeda" written apart is indexed. Its spellings are
 * {@link PhraseSpellings}, asked of the index being searched.
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
    List<Query> spellings = new ArrayList<>();
    for (Match.Phrase spelling : PhraseSpellings.of(phrase, word -> reader.docFreq(new Term(field, word)) > 0)) {
      spellings.add(MatchQueries.phrase(spelling, field));
    }
    return spellings.size() == 1 ? spellings.get(0) : new DisjunctionMaxQuery(spellings, 0f);
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
