package corpussearch.api.relevance;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A search configuration under evaluation: a query in, the texts of its top paragraphs out. */
public interface Ranker extends Closeable {

  /** Short name for tables ("corpus-search", "baseline"). */
  String name();

  /** The text of the best {@code k} paragraphs for {@code query}, best first (fewer if fewer match). */
  List<String> top(String query, int k) throws IOException;
}
