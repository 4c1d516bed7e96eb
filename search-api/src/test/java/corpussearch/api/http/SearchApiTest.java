package corpussearch.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import corpussearch.api.TestServer;
import corpussearch.api.http.ServiceClient.Reply;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code /api/search} and friends over the fixture corpus, through a real server on a free port. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

  private TestServer service;
  private ServiceClient client;

  @BeforeAll
  void start(@TempDir Path temp) throws Exception {
    service = TestServer.fixture(temp);
    client = new ServiceClient(service.port());
  }

  @AfterAll
  void stop() throws Exception {
    service.close();
  }

  private Reply ok(String... params) {
    Reply reply = client.search(params);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("application/json");
    return reply;
  }

  private static List<String> ids(Reply reply) {
    List<String> ids = new ArrayList<>();
    reply.json().get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  private static Map<String, Long> facet(Reply reply, String dim) {
    Map<String, Long> counts = new HashMap<>();
    reply.json().get("facets").get(dim).forEach(v -> counts.put(v.get("value").isNull() ? null : v.get("value").asText(), v.get("count").asLong()));
    return counts;
  }

  @Nested
  class Matching {
    @Test
    void countsParagraphsAndArticles() {
      Reply reply = ok("q", "dam");
      assertThat(reply.json().get("total").asInt()).isEqualTo(6);
      assertThat(reply.json().get("totalRelation").asText()).isEqualTo("eq");
      assertThat(reply.json().get("totalArticles").asInt()).isEqualTo(4);
      assertThat(reply.json().get("totalArticlesRelation").asText()).isEqualTo("eq");
      assertThat(reply.json().get("hits")).hasSize(6);
    }

    @Test
    void paragraphsWithAllWordsRankAboveThoseWithSome() {
      Reply reply = ok("q", "dam floods");
      JsonNode hits = reply.json().get("hits");
      List<Boolean> both = new ArrayList<>();
      hits.forEach(hit -> {
        String text = hit.get("text").asText().toLowerCase();
        both.add(text.contains("dam") && text.contains("flood"));
      });
      assertThat(both).startsWith(true, true, true).containsSubsequence(true, false);
      assertThat(both.indexOf(false)).isGreaterThan(both.lastIndexOf(true));
    }

    @Test
    void excludesWordsAndPhrases() {
      assertThat(ok("q", "dam -floods").json().get("total").asInt()).isEqualTo(3);
      assertThat(ok("q", "dam -\"dam project\"").json().get("total").asInt()).isEqualTo(5);
    }

    @Test
    void quotedPhraseMatchesOnlyTheExactSequenceInTextOrTitle() {
      Reply reply = ok("q", "\"dam project\"");
      // a1:1 matches through its article's title "Dam project delayed"; the text match ranks first.
      assertThat(ids(reply)).containsExactly("a1:0", "a1:1");
      assertThat(ok("q", "\"project dam\"").json().get("total").asInt()).isZero();
    }

    @Test
    void fieldPrefixesLimitTheSearch() {
      assertThat(ids(ok("q", "title:upstream"))).containsExactlyInAnyOrder("a2:0", "a2:1");
      assertThat(ids(ok("q", "author:vale"))).containsExactlyInAnyOrder("a3:0", "a3:1");
      assertThat(ok("q", "outlet:gazette").json().get("total").asInt()).isEqualTo(2);
    }

    @Test
    void prefixAndOr() {
      assertThat(ok("q", "engin*").json().get("total").asInt()).isEqualTo(1);
      assertThat(ok("q", "mayor OR council").json().get("total").asInt()).isEqualTo(2);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"\"dam", "dam\"", "-", "OR", ":", "*", "(dam", "dam)", "title:", "a*", "\"\"", "AND NOT", "dam:river", "+dam"})
    void anythingTypedGivesASensibleResult(String q) {
      Reply reply = ok("q", q);
      assertThat(reply.json().get("hits").isArray()).isTrue();
    }

    @Test
    void emptyQueryWithFilterBrowsesNewestFirst() {
      Reply reply = ok("outlet", "Daily Planet");
      assertThat(reply.json().get("total").asInt()).isEqualTo(4);
      assertThat(ids(reply)).startsWith("a2:0", "a2:1");
    }
  }

  @Nested
  class Filters {
    @Test
    void outletFilterKeepsOtherOutletsCounted() {
      Reply reply = ok("q", "dam", "outlet", "Daily Planet");
      assertThat(reply.json().get("total").asInt()).isEqualTo(4);
      assertThat(facet(reply, "outlet")).containsEntry("Daily Planet", 4L).containsEntry("Gotham Gazette", 1L).containsEntry(null, 1L);
      assertThat(facet(reply, "author")).containsOnlyKeys("Lois Lane", "Clark Kent");
    }

    @Test
    void valuesOfOneFacetAreOredAndFacetsAreAnded() {
      Reply either = client.search("q", "dam", "outlet", "Daily Planet", "outlet", "Gotham Gazette");
      assertThat(either.json().get("total").asInt()).isEqualTo(5);
      Reply both = client.search("q", "dam", "outlet", "Daily Planet", "author", "Vicki Vale");
      assertThat(both.json().get("total").asInt()).isZero();
    }

    @Test
    void emptyFilterValueSelectsUnknown() {
      assertThat(ids(ok("q", "dam", "outlet", ""))).containsExactly("a4:0");
    }

    @Test
    void dateRangeIsInclusiveAndYearCountsStayMultiSelect() {
      Reply reply = ok("q", "dam", "from", "2021", "to", "2021");
      assertThat(ids(reply)).containsExactlyInAnyOrder("a1:0", "a1:1");
      assertThat(facet(reply, "year")).containsEntry("2021", 2L).containsEntry("2022", 2L).containsEntry("2020", 1L);
      assertThat(ids(ok("q", "dam", "from", "2021-03", "to", "2021-03-01"))).containsExactlyInAnyOrder("a1:0", "a1:1");
      assertThat(ids(ok("q", "dam", "from", "2022-06-15"))).containsExactlyInAnyOrder("a2:0", "a2:1");
    }

    @Test
    void sortsByDateBothWaysWithUnknownLast() {
      List<String> newest = new ArrayList<>();
      ok("q", "dam", "sort", "date").json().get("hits").forEach(h -> newest.add(h.get("date").isNull() ? null : h.get("date").asText()));
      assertThat(newest).containsExactly("2022-06-15", "2022-06-15", "2021-03-01", "2021-03-01", "2020-01-10", null);
      List<String> oldest = new ArrayList<>();
      ok("q", "dam", "sort", "date_asc").json().get("hits").forEach(h -> oldest.add(h.get("date").isNull() ? null : h.get("date").asText()));
      assertThat(oldest).containsExactly("2020-01-10", "2021-03-01", "2021-03-01", "2022-06-15", "2022-06-15", null);
    }

    @Test
    void pagesDoNotOverlap() {
      List<String> first = ids(ok("q", "dam", "size", "2", "page", "1"));
      List<String> second = ids(ok("q", "dam", "size", "2", "page", "2"));
      List<String> all = ids(ok("q", "dam", "size", "100"));
      assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
      assertThat(all.subList(0, 4)).containsExactlyElementsOf(concat(first, second));
      assertThat(ok("q", "dam", "size", "2", "page", "9").json().get("hits")).isEmpty();
    }

    private List<String> concat(List<String> a, List<String> b) {
      List<String> all = new ArrayList<>(a);
      all.addAll(b);
      return all;
    }

    @Test
    void groupByArticleGivesOneHitPerArticleWithItsMatchCount() {
      Reply reply = ok("q", "dam", "group", "article");
      Map<String, Integer> matches = new HashMap<>();
      reply.json().get("hits").forEach(hit -> matches.put(hit.get("articleId").asText(), hit.get("matches").asInt()));
      assertThat(matches).containsExactlyInAnyOrderEntriesOf(Map.of("a1", 2, "a2", 2, "a3", 1, "a4", 1));
      assertThat(reply.json().get("totalArticles").asInt()).isEqualTo(4);
    }
  }

  @Nested
  class Highlighting {
    @Test
    void marksMatchedWords() {
      JsonNode hit = ok("q", "\"dam project\"").json().get("hits").get(0);
      assertThat(hit.get("highlight").asText()).contains("<mark>dam project</mark>");
    }

    @Test
    void escapesHtmlInCorpusText() {
      JsonNode hit = ok("q", "comment").json().get("hits").get(0);
      assertThat(hit.get("text").asText()).contains("<script>alert(1)</script>");
      assertThat(hit.get("highlight").asText()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script");
    }

    @Test
    void highlightsTypoMatches() {
      JsonNode hit = ok("q", "engneers").json().get("hits").get(0);
      assertThat(hit.get("highlight").asText()).contains("<mark>Engineers</mark>");
    }
  }

  @Nested
  class LeanerResponses {
    @Test
    void facetsFalseLeavesOutTheCountsButNotTheTotals() {
      Reply full = ok("q", "dam", "outlet", "Daily Planet");
      Reply lean = ok("q", "dam", "outlet", "Daily Planet", "facets", "false");
      assertThat(full.json().get("facets").isObject()).isTrue();
      assertThat(lean.json().get("facets").isNull()).as(lean.body()).isTrue();
      assertThat(lean.json().get("total")).isEqualTo(full.json().get("total"));
      assertThat(lean.json().get("totalArticles")).isEqualTo(full.json().get("totalArticles"));
      assertThat(ids(lean)).isEqualTo(ids(full));
      assertThat(ok("q", "dam", "outlet", "Daily Planet").json().get("facets").isObject())
          .as("a remembered lean result is not served for a full request").isTrue();
    }

    @Test
    void highlightFalseKeepsTheTextWithoutMarks() {
      Reply marked = ok("q", "\"dam project\"");
      Reply plain = ok("q", "\"dam project\"", "highlight", "false");
      assertThat(ids(plain)).isEqualTo(ids(marked));
      for (int i = 0; i < ids(plain).size(); i++) {
        assertThat(plain.json().get("hits").get(i).get("highlight").isNull()).isTrue();
        assertThat(plain.json().get("hits").get(i).get("text")).isEqualTo(marked.json().get("hits").get(i).get("text"));
      }
      assertThat(marked.json().get("hits").get(0).get("highlight").asText()).contains("<mark>");
    }

    @Test
    void emptyOrTrueMeansOn() {
      Reply reply = ok("q", "dam", "facets", "", "highlight", "true");
      assertThat(reply.json().get("facets").isObject()).isTrue();
      assertThat(reply.json().get("hits").get(0).get("highlight").asText()).contains("<mark>");
    }
  }

  @Nested
  class Errors {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "size=0|size", "size=1000|size", "size=abc|size", "page=-1|page", "page=0|page", "page=101&size=100|page",
        "from=2021-02-30|from", "to=0000-00-00|to", "from=2022&to=2021|from", "sort=bogus|sort", "group=outlet|group",
        "facets=no|facets", "highlight=0|highlight", "facets=true&facets=false|facets"})
    void badParametersAreProblems(String query, String parameter) {
      Reply reply = client.get("/api/search?q=dam&" + query);
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
      assertThat(reply.json().get("status").asInt()).isEqualTo(400);
      assertThat(reply.json().get("parameter").asText()).isEqualTo(parameter);
      assertThat(reply.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void overlongQueryIsAProblem() {
      Reply reply = client.search("q", "x".repeat(1001));
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.json().get("parameter").asText()).isEqualTo("q");
    }

    @Test
    void aBrowserAskingForAnUnknownPageGetsAnHtmlPage() {
      Reply page = client.get("/no-such-page", "Accept", "text/html,application/xhtml+xml");
      assertThat(page.status()).isEqualTo(404);
      assertThat(page.contentType()).startsWith("text/html");
      assertThat(page.body()).contains("Page not found");
      Reply api = client.get("/api/no-such-route", "Accept", "text/html");
      assertThat(api.status()).isEqualTo(404);
      assertThat(api.contentType()).startsWith(Problem.MEDIA_TYPE);
    }

    @Test
    void unknownArticleAndRouteAreNotFound() {
      for (String path : new String[] {"/api/articles/nope", "/api/nothing-here"}) {
        Reply reply = client.get(path);
        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith(Problem.MEDIA_TYPE);
        assertThat(reply.json().get("title").asText()).isEqualTo("Not found");
      }
    }
  }

  @Nested
  class OtherRoutes {
    @Test
    void articleInContextWithMatchesMarked() {
      Reply reply = client.get("/api/articles/a1?q=floods");
      assertThat(reply.status()).isEqualTo(200);
      JsonNode article = reply.json();
      assertThat(article.get("title").asText()).isEqualTo("Dam project delayed");
      assertThat(article.get("paragraphs")).hasSize(2);
      assertThat(article.get("paragraphs").get(0).get("n").asInt()).isZero();
      assertThat(article.get("matchedParagraphs").toString()).isEqualTo("[0,1]");
      assertThat(article.get("paragraphs").get(0).get("highlight").asText()).contains("<mark>floods</mark>");
    }

    @Test
    void suggestCompletesWordsAndNames() {
      Reply reply = client.get("/api/suggest?q=dail");
      assertThat(reply.status()).isEqualTo(200);
      assertThat(reply.json().get("suggestions").toString()).contains("Daily Planet");
      assertThat(client.get("/api/suggest?q=floo").json().get("suggestions").toString()).contains("floods");
    }

    @Test
    void facetsCountTheWholeCorpus() {
      JsonNode facets = client.get("/api/facets").json().get("facets");
      assertThat(facets.get("outlet").toString()).contains("{\"value\":\"Daily Planet\",\"count\":4}").contains("{\"value\":null,\"count\":2}");
    }

    @Test
    void healthReportsTheIndexServed() {
      JsonNode health = client.get("/health").json();
      assertThat(health.get("status").asText()).isEqualTo("ok");
      assertThat(health.get("articles").asInt()).isEqualTo(4);
      assertThat(health.get("paragraphs").asInt()).isEqualTo(8);
      assertThat(health.get("indexVersion").asLong()).isPositive();
    }

    @Test
    void corsAndSecurityHeaders() {
      Reply reply = client.get("/api/search?q=dam", "Origin", "https://example.org");
      assertThat(reply.raw().headers().firstValue("Access-Control-Allow-Origin")).isPresent();
      assertThat(reply.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      assertThat(reply.raw().headers().firstValue("Referrer-Policy")).isPresent();
    }
  }
}
