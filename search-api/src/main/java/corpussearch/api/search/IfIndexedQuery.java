package corpussearch.api.search;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;

/**
 * {@code present} where the index holds any of {@code probes}, else {@code absent}; decided when
 * the query is rewritten against an index. Two typed words that the index holds as one ("ISIS K"
 * for "ISIS-K") are searched as that one word only when it exists, so that elsewhere the second
 * word still counts on its own.
 */
final class IfIndexedQuery extends Query {

  private final List<Term> probes;
  private final Query present;
  private final Query absent;

  IfIndexedQuery(List<Term> probes, Query present, Query absent) {
    this.probes = List.copyOf(probes);
    this.present = Objects.requireNonNull(present);
    this.absent = Objects.requireNonNull(absent);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    for (Term probe : probes) {
      if (searcher.getIndexReader().docFreq(probe) > 0) {
        return present;
      }
    }
    return absent;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // counted and inspected as the larger of its two outcomes may be: both
    QueryVisitor sub = visitor.getSubVisitor(Occur.SHOULD, this);
    present.visit(sub);
    absent.visit(sub);
  }

  @Override
  public String toString(String field) {
    return "ifIndexed(" + probes + " ? " + present.toString(field) + " : " + absent.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other)
        && probes.equals(((IfIndexedQuery) other).probes)
        && present.equals(((IfIndexedQuery) other).present)
        && absent.equals(((IfIndexedQuery) other).absent);
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), probes, present, absent);
  }
}
