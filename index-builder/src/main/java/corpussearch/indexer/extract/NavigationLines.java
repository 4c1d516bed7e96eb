package corpussearch.indexer.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises site navigation that scrapers keep above an article: menu labels ("Home", "Menu",
 * "Skip to content", "Now Reading", and a mailing's "View in browser") and breadcrumb trails ("Home
 * / World / Asia", "News › Politics").
 *
 * <p>These are user-interface words of web pages in general, not of any one site. Only lines above
 * the title are treated as navigation; below it the same words may be body text.
 */
final class NavigationLines {

  private static final Set<String> LABELS =
      Set.of(
          ("home|menu|main menu|open menu|close menu|toggle navigation|navigation|skip to"
               + " content|skip to main content|skip to navigation|now reading|you are"
               + " here|search|search for|subscribe|sign in|sign up|log in|login|register|my"
               + " account|account|close|back|previous|next|share|share this|share this"
               + " article|print|email|advertisement|sponsored|trending|trending now|breaking"
               + " news|latest news|latest|top stories|follow us|follow|+ follow|newsletter|read more|listen|listen"
               + " to this article|sections|all sections|×|☰|view in browser|view in your browser|view this"
               + " email in your browser|view this email in a browser|view online|view as a web page|view as"
               + " webpage|read online|read in browser|open in browser|forward to a friend|forward this to a friend"
               + "|go to full site|view full site|full site|switch to full site|desktop version|view desktop version"
               + "|text-only version|text only version|lite version|mobile version"
               + "|print this page|print this article|print article|close window|close this window"
               + "|live tv|listen live|watch live|play audio|watch video|listen now|listen to this story"
               // the same controls on sites in German, French, Spanish, Portuguese and Italian
               + "|startseite|suche|abonnieren|jetzt abonnieren|anmelden|abmelden|registrieren|mein konto|menü"
               + "|accueil|rechercher|s'abonner|s’abonner|abonnez-vous|se connecter|connexion|mon compte"
               + "|inicio|portada|buscar|suscríbete|suscribirse|iniciar sesión|mi cuenta|entrar|assine|minha conta"
               + "|cerca|abbonati|accedi|il mio account")
              .split("\\|"));

  /** What closes a control's label: a player's glyph, its running time, a colon or an arrow ("▶ 4 min", "3:42"). */
  private static final Pattern PLAYER_TAIL =
      Pattern.compile("(?:[\\s▶►▷⏵🔊]*(?:\\(?\\d{1,3}(?:\\s*min(?:ute)?s?|:\\d{2})\\.?\\)?)?)?[\\s:.…>»›▶►▷⏵🔊]*$");

  /** Buttons that act on the article in hand, not on the site. */
  private static final Set<String> ARTICLE_ACTIONS =
      Set.of("print", "share", "save", "email", "listen", "read later", "bookmark", "comment", "comments");

  /** Labels that open a site's menu rather than act on the article (share, print). */
  private static final Set<String> MENU_LABELS =
      Set.of(
          ("home|menu|main menu|open menu|toggle navigation|navigation|skip to content|skip to"
               + " main content|skip to navigation")
              .split("\\|"));

  /** Links or buttons a text browser or a print view shows in brackets, "[ Print this page ]  [ Close window ]". */
  private static final Pattern BUTTON_ROW = Pattern.compile("(?:\\[\\s*[^\\[\\]]{1,30}?\\s*\\]\\s*)+");
  /**
   * Three or more buttons of one letter in a row closing a short line or one of its "|" parts,
   * "Text size: A A A", "A- A A+ | High contrast": an accessibility bar's controls.
   */
  private static final Pattern TEXT_SIZE_BUTTONS = Pattern.compile("(?<!\\S)(?:\\p{L}[+-]?\\s+){2,6}\\p{L}[+-]?(?=\\s*(?:\\||$))");
  /** A bar of controls is short; a sentence naming "J R R Tolkien" is not one. */
  private static final int MAX_CONTROL_BAR_WORDS = 12;
  private static final Pattern SECTION_TRAIL_SEPARATOR = Pattern.compile("\\s+[·•]\\s+");
  private static final Pattern BULLETED_TRAIL = Pattern.compile("[*•]\\s+(.+)");
  private static final Pattern BULLET_SEPARATOR = Pattern.compile("\\s+[*•]\\s+");
  private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile("\\s+(?:/|>|»|›|\\|)\\s+");

  /** Menus rendered as words with wide gaps or dashes: "News  Sports  Business", "A - B - C". */
  private static final Pattern MENU_SEPARATOR = Pattern.compile("\\s{2,}|\\s+[-–—·•]\\s+");

  /**
   * A page's clock rather than its date: "Updated 3 hours ago", "Published: just now", an
   * aggregator's "Aggregated 3 hours ago", "5 min read", "3 minute read", "Listen · 4 min". Neither
   * a headline nor a date.
   */
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "(?iu)(?:(?:last )?\\p{L}{2,}ed\\s*:?\\s*)?"
              + "(?:(?:about |around |over |almost |nearly )?(?:\\d+|an?|one|a few)\\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago"
              + "|just now|moments ago|yesterday|today)"
              + "|(?:[\\p{L} ]{0,30}[·•|-]\\s*)?\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?[\\s-]*(?:min(?:ute)?s?|hours?)\\.?(?:\\s+(?:read|listen|watch))?");

  /**
   * A broadcaster's live player and the programme it plays, a name of a few capitalised words:
   * "Listen Live: Morning Edition |", "On air now: The Drive". A headline ("Watch live: Parliament
   * votes on the budget") goes on in lower case.
   */
  private static final Pattern LIVE_PLAYER = Pattern.compile(
      "(?i:listen live|watch live|live radio|on air(?: now)?|now playing)\\s*:\\s*\\p{Lu}[\\p{L}'’]*(?:\\s+(?:\\p{Lu}[\\p{L}'’]*|\\d+)){0,3}[\\s|]*");
  /**
   * A mailing's pointer to its web copy in any wording: "Open it in your browser", "View this
   * e-mail in a web browser", "Read it online".
   */
  private static final Pattern WEB_COPY = Pattern.compile(
      "(?:view|open|read|see)(?: it| this(?: e-?mail| newsletter| issue| message)?)?"
          + " (?:in (?:your|a|the) (?:web )?browser|online|on (?:our|the) website)");

  private static final int MIN_LOOSE_CRUMBS = 3;

  /**
   * A share bar, a label acting on the article and the places it can go: "Share: Facebook | X |
   * E-mail", "Share this article:  WhatsApp  Telegram". It sits under the headline, so it never
   * ends the masthead block above it as a site menu does.
   */
  private static final Pattern SHARE_BAR =
      Pattern.compile("(?i)(?:share|share this(?: article| story| page)?|share on|send|print|e-?mail)\s*:\s*(.+)");
  private static final Pattern SHARE_BAR_SEPARATOR = Pattern.compile("\\s*[|·•/]\\s*|\\s{2,}");
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
  private static final int MAX_PROMPT_WORDS = 25;
  private static final int MAX_CRUMB_WORDS = 3;

  /**
   * A long menu may hold one item with a number ("9 On Your Side", "Top 10") and items of four
   * words; a short row with a number is more likely a byline with a date or a score.
   */
  private static final int MIN_ITEMS_WITH_NUMBERED = 5;
  private static final int MAX_CRUMB_CHARS = 30;

  /** A price or index move: "78,412.35 ▲0.42%", "R/$ 18.72 ▼", "+1.2%". */
  private static final Pattern QUOTE = Pattern.compile("\\d[\\d,.]*\\s*%?\\s*[▲▼↑↓]|[▲▼↑↓]\\s*[+-]?\\d|[+-]\\d[\\d.,]*%");
  private static final Pattern TICKER_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+|\\s{3,}");
  /**
   * The links lynx lists from a page's head before its text, "#[1]Danube Daily News RSS": the
   * page's feeds and alternates, never its headline or its masthead.
   */
  private static final Pattern HEAD_LINK = Pattern.compile("#\\[\\d{1,4}\\]");

  private NavigationLines() {}

  /**
   * A market ticker: two or more parts, each a figure, with price moves among them ("JSE All Share
   * 78,412.35 ▲0.42% | R/$ 18.72 ▼ | Brent $82.10 ▲"). A headline quotes a figure, not a board.
   */
  static boolean isTicker(String line) {
    String[] parts = TICKER_SEPARATOR.split(line.strip());
    return parts.length >= 2
        && Arrays.stream(parts).allMatch(part -> part.chars().anyMatch(Character::isDigit))
        && QUOTE.matcher(line).find();
  }

  /** Whether {@code item} is one of the items of the menu line {@code menu} ("Courts & Crime" in "News | Courts & Crime | Sport"). */
  static boolean listsItem(String menu, String item) {
    String wanted = item.strip().toLowerCase(Locale.ROOT);
    return isMenu(menu) && Arrays.stream(menu.split(BREADCRUMB_SEPARATOR.pattern() + "|" + MENU_SEPARATOR.pattern()))
        .anyMatch(part -> part.strip().toLowerCase(Locale.ROOT).equals(wanted));
  }

  /** Whether {@code line} is a button acting on the article in hand ("Share", "Save", "Print"). */
  static boolean isArticleAction(String line) {
    return ARTICLE_ACTIONS.contains(line.strip().toLowerCase(Locale.ROOT));
  }

  /** Whether {@code line} is a relative time or a reading time ("Updated 3 hours ago", "3 minute read"). */
  static boolean isRelativeTime(String line) {
    return RELATIVE_TIME.matcher(line.strip()).matches();
  }

  /** Whether {@code line} (already trimmed) is a navigation label, a breadcrumb trail or a text browser's link to a feed ({@link #HEAD_LINK}). */
  static boolean isNavigation(String line) {
    if (HEAD_LINK.matcher(line.strip()).lookingAt()) {
      return true;
    }
    String plain = TitleRules.withoutLinkMarks(line); // "[2]Skip to content": a text browser numbers the link
    String label = label(plain);
    return LABELS.contains(label) || isControlRow(plain) || WEB_COPY.matcher(label).matches() || LIVE_PLAYER.matcher(plain.strip()).matches() || isBreadcrumb(plain) || BUTTON_ROW.matcher(plain.strip()).matches()
        || ArticleLines.wordCount(plain) <= MAX_CONTROL_BAR_WORDS && TEXT_SIZE_BUTTONS.matcher(plain).find();
  }

  /** {@code line} as a control's label: in lower case, without a player's glyphs and running time ("Listen ▶ 4 min"). */
  private static String label(String line) {
    return PLAYER_TAIL.matcher(line.toLowerCase(Locale.ROOT)).replaceFirst("");
  }

  /**
   * Controls set apart by wide gaps, "Print this page    Close window", "LIVE TV    LISTEN LIVE": a
   * print view's or a player's buttons; every part is a label, so a headline never is one.
   */
  private static boolean isControlRow(String line) {
    String[] parts = ArticleLines.TWO_SPACES.split(line.strip());
    return parts.length >= 2 && Arrays.stream(parts).allMatch(part -> LABELS.contains(label(part)));
  }

  /**
   * A prompt that ends in a navigation label as its own sentence: "Subscribe from R79 a month.
   * Already a subscriber? Sign in", "Enjoying this? Share". A headline does not end in a button.
   */
  static boolean isPrompt(String line) {
    String[] sentences = SENTENCE_END.split(line.strip());
    return sentences.length > 1 && ArticleLines.wordCount(line) <= MAX_PROMPT_WORDS
        && isNavigation(sentences[sentences.length - 1]);
  }

  /**
   * Whether {@code line} is a site menu or breadcrumb trail, which ends the masthead block above
   * the headline. Menus of three or more items may also be separated by wide gaps or dashes, and
   * may hold a lower-case item ("e-Edition"); two items need a menu separator and capitals.
   */
  static boolean isMenu(String line) {
    String label = line.toLowerCase(Locale.ROOT).replaceAll("[\\s:.…>»›]+$", "");
    return MENU_LABELS.contains(label)
        || isBreadcrumb(line)
        || isLooseMenu(line)
        || isLabelRow(line);
  }

  /** A row of menu labels with wide gaps: "Subscribe   Log in", "Sign in  Register". */
  private static boolean isLabelRow(String line) {
    String[] items = MENU_SEPARATOR.split(line.strip());
    return items.length >= 2
        && Arrays.stream(items).allMatch(item -> LABELS.contains(item.toLowerCase(Locale.ROOT)));
  }

  /**
   * An article's toolbar: three or more short buttons set apart by wide gaps, one of them an
   * action on the article ("READ LATER    PRINT    A A", "Save   Share   Print"). Under the headline it
   * acts on the article; it is no site menu, so the headline may stand above it.
   */
  static boolean isToolbar(String line) {
    Matcher shareBar = SHARE_BAR.matcher(line.strip());
    if (shareBar.matches()) {
      String[] networks = SHARE_BAR_SEPARATOR.split(shareBar.group(1).strip());
      return networks.length >= 2
          && Arrays.stream(networks).allMatch(item -> ArticleLines.wordCount(item) <= 2 && item.chars().noneMatch(Character::isDigit));
    }
    String[] items = MENU_SEPARATOR.split(line.strip());
    return items.length >= MIN_LOOSE_CRUMBS
        && Arrays.stream(items).anyMatch(item -> ARTICLE_ACTIONS.contains(item.toLowerCase(Locale.ROOT)))
        && Arrays.stream(items).allMatch(item -> ArticleLines.wordCount(item) <= 2 && item.chars().noneMatch(Character::isDigit));
  }

  private static boolean isBreadcrumb(String line) {
    String[] crumbs = BREADCRUMB_SEPARATOR.split(line);
    if (crumbs.length < 2) {
      return false;
    }
    // A trail from the home page ends in the page's own title, of any length: "Home » Regional » Bawku traders report …".
    boolean fromHome = crumbs.length >= MIN_TITLED_CRUMBS && HOME_CRUMB.matcher(crumbs[0].strip()).matches();
    for (String crumb : fromHome ? Arrays.copyOf(crumbs, crumbs.length - 1) : crumbs) {
      if (!isCrumb(crumb.strip()) && !ARCHIVE_YEAR.matcher(crumb.strip()).matches()) {
        return false;
      }
    }
    return true;
  }

  /** The home page's link that opens a breadcrumb trail, in the languages news sites use. */
  private static final Pattern HOME_CRUMB = Pattern.compile("(?iu)home(?:\\s?page)?|accueil|in[ií]cio|startseite|beranda|inizio");
  /** Home, a section, the title: a shorter trail may be a headline with a slash in it. */
  private static final int MIN_TITLED_CRUMBS = 3;

  /** A year among a trail's crumbs, as an archive files its stories: "Home > News > Island news > 2024". */
  private static final Pattern ARCHIVE_YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /**
   * Section labels joined by a middle dot or bullet, "Business · Region", "News • Asia": where the
   * story is filed, never its headline. A text browser prints each label after its own
   * bullet, "* News * Juba".
   */
  static boolean isSectionTrail(String line) {
    Matcher bulleted = BULLETED_TRAIL.matcher(line.strip());
    String[] labels = bulleted.matches() ? BULLET_SEPARATOR.split(bulleted.group(1)) : SECTION_TRAIL_SEPARATOR.split(line.strip());
    return labels.length >= 2 && Arrays.stream(labels).allMatch(label -> isCrumb(label.strip()));
  }

  private static boolean isLooseMenu(String line) {
    String[] items = line.strip().split(BREADCRUMB_SEPARATOR.pattern() + "|" + MENU_SEPARATOR.pattern());
    if (items.length < MIN_LOOSE_CRUMBS) {
      return false;
    }
    boolean longMenu = items.length >= MIN_ITEMS_WITH_NUMBERED;
    // Pipes are a link bar's mark: such a bar may hold a longer item ("Support us on Patreon").
    int maxWords = longMenu || line.contains(" | ") ? MAX_CRUMB_WORDS + 1 : MAX_CRUMB_WORDS;
    int numbered = 0;
    for (String item : items) {
      String crumb = item.strip();
      if (crumb.isEmpty()
          || ArticleLines.wordCount(crumb) > maxWords
          || !Character.isLetterOrDigit(crumb.codePointAt(0))) {
        return false;
      }
      numbered += crumb.chars().anyMatch(Character::isDigit) ? 1 : 0;
    }
    return numbered == 0 || longMenu && numbered == 1;
  }

  /** A crumb is a short capitalised section name with no digits (so not a date or a byline). */
  private static boolean isCrumb(String crumb) {
    return !crumb.isEmpty()
        && crumb.length() <= MAX_CRUMB_CHARS
        && ArticleLines.wordCount(crumb) <= MAX_CRUMB_WORDS
        && Character.isUpperCase(crumb.codePointAt(0))
        && crumb.chars().noneMatch(Character::isDigit);
  }
}
