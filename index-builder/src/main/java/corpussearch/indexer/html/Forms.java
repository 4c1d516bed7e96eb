package corpussearch.indexer.html;

import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Forms in a page's body: a search box, a comment form or a sign-up prompt is furniture, but a
 * form that holds most of the page is the page itself (ASP.NET WebForms and similar frameworks
 * wrap every page in one {@code <form>} so that it can post back), and removing it would leave no
 * text at all.
 */
final class Forms {

  /** A sign-up box around an email form is short: a name, a sentence, the form. */
  private static final int MAX_PROMPT_CHARS = 250;
  private static final String EMAIL_FIELDS = "input[type=email], input[name~=(?i)e-?mail], input[placeholder~=(?i)e-?mail]";

  private Forms() {}

  /**
   * Removes the forms of {@code body} that are furniture, each with the sign-up box around it
   * when it asks for an email address ("Get the Daily — the day's news in five minutes — [email]
   * [Subscribe]"): the prompt's heading and sentence sit beside the form, in a box whose class
   * may say nothing ({@code class="mt-10 rounded-lg"}).
   */
  static void removeFurniture(Element body) {
    int total = body.text().length();
    List<Element> forms = body.select("form");
    for (Element form : forms) {
      if (form.parent() == null || form.text().length() * 2 >= total && total > 0) {
        continue;
      }
      Element box = form.selectFirst(EMAIL_FIELDS) == null ? form : promptBox(form);
      box.remove();
    }
  }

  /** The largest container of {@code form} whose text stays as short as a prompt's. */
  private static Element promptBox(Element form) {
    Element box = form;
    while (box.parent() != null && !box.parent().is("body, article, main, [itemprop=articleBody]")
        && box.parent().text().length() <= MAX_PROMPT_CHARS) {
      box = box.parent();
    }
    return box;
  }
}
