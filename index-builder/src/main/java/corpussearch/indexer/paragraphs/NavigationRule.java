package corpussearch.indexer.paragraphs;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops site and player chrome that the scraper captured as text: a whole line that is a UI
 * control label ("Back to top", "Close", "Read more", "Now Reading", "Next article", "Read in app",
 * a paywall's label ({@link PaywallLabels}), "Listen to this article", "Gift this article", "Story continues
 * below advertisement", "Story continues"), a list's text for screen readers ("list 2 of 4"), a
 * line made only of control glyphs ("×", "›", "↑"), a media player time ("0:00", "1:02 / 3:45") or
 * a reading or listening time ("6 min read", "12-15 minutes", "Listen to this article 6 min"), a
 * player's label with the clip's running time ("Listen to the report by our correspondent (03:12)",
 * "Listen to this article · 6:12 min Learn more", "Écouter cet article"), a social handle alone
 * ("@janedoe"), or a link to the neighbouring post ("Previous post: The great marrow mystery", "←
 * The great marrow mystery"), or a printed page's jump line ("(Continued from Page 3)", "See FERRY,
 * page 8", "FROM PAGE 7: Camp road").
 *
 * <p>Why: these lines are buttons, not writing; they only ever appear as the entire line, so the
 * rule requires the whole line to be the label and never touches prose that merely contains the
 * words.
 */
final class NavigationRule extends LineRule {
  private static final Pattern CONTROL =
      Pattern.compile(
          "(?iu)(?:scroll|go|back|return|jump) to (?:the )?top|top|close|close (?:this )?(?:window|ad|menu)|"
              + "menu|main menu|home|search|skip to (?:main )?content|skip ad|now reading|follow|following|"
              + "read more|continue reading|show more|load more|"
              // a newsletter platform's button to its app, an aggregator's to the rest of the story (to why it shows it: WHY_SHOWN):
              // "Continue reading on HeadlineHub · ad-free with HeadlineHub Plus"
              + "(?:read|open|continue) in (?:the )?app|(?:continue|keep) reading (?:on|in) (?:the )?[\\p{L}\\d ]{2,40}(?:\\s*[·•|]\\s*[^.!?]{1,60})?|"
              // the lead-in to a link to the whole piece: "Read full story", "Read the full article, with photos and comments:"
              + "(?:read|see|view) (?:the )?(?:full|whole|complete|entire) (?:article|story)(?:,? (?:with|including) [\\p{L}, ]{1,60})?|"
              + "(?:next|previous|prev) (?:article|story|post|page)|next|previous|"
              + "play|pause|mute|unmute|full ?screen|(?:play|watch|listen to) (?:the )?(?:video|audio|podcast|episode|clip|broadcast)|"
              + "(?:listen|watch)(?: (?:now|live|again|here))?|"
              // a reading time under its label, in English and other languages: "Temps de lecture : 5 min.", "Lesezeit: 4 Min."
              + "(?:reading time|read time|temps de lecture|lesezeit|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|czas czytania"
              // (its time, once the duration after a label is taken off, may be gone)
              + "|время чтения)(?:\\s*:?\\s*\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*(?:min(?:ute[ns]?|uti|utos)?|мин(?:ут[аы]?)?)?\\.?)?|"
              + "advertisement|sponsored content|ad|"
              // a button acting on the piece it sits on, one verb and its object: "Gift this article", "Save this story",
              // "Print this page", "Report this post"; a sentence has a subject before its verb
              + "\\p{L}{3,12}+(?: (?:to|on|for))? this (?:article|story|post|page)|"
              // a paywall's or a comment box's buttons: "Already a subscriber? Log in", "Subscribe to continue reading"
              + "(?:already a (?:subscriber|member)\\?\\s*)?(?:log ?in|sign ?in)(?: here| now)?|subscribe to (?:continue|keep) reading"
              + "|(?:log ?in|sign ?in|register|subscribe) to (?:comment|continue|read (?:more|on)|join the conversation)|"
              // an advert's slot label: "Advertisement - Scroll to continue", "Scroll to continue with content"
              + "(?:(?:advertisement|ad)\\s*[-–—:|]?\\s*)?(?:scroll|continue)(?: down)? to continue(?: (?:reading|with content))?|"
              // "Advertisement - content continues below", "Advertisement · Article continues after this ad"
              + "(?:advertisement|ad)\\s*[-–—:|·]?\\s*(?:the\\s+)?(?:content|story|article|text)\\s+continues\\s+(?:below|after(?:\\s+(?:this|the)\\s+(?:ad|advertisement))?)|"
              + "listen to (?:this )?(?:article|story)|(?:story|article) continues(?: (?:below|after)(?: (?:the )?(?:advertisement|ad))?)?|"
              + "continue reading (?:below|after)(?: (?:the )?(?:advertisement|ad))?|"
              // a list's text for screen readers, which a copy takes along: "list of 4 items", "list 2 of 4", "end of list"
              + "list of \\d{1,3} items|list \\d{1,3} of \\d{1,3}|end of list|"
              // a printed page's jump line: "(Continued from Page 3)", "Continued on page A4", "See FERRY, page 8", "Turn to page 5",
              // with the story's slug before it: "Seawall: from page 1"
              + "(?:[\\p{L}'’ -]{1,30}:\\s*)?\\(?(?:(?:continued|cont['’]?d\\.?)\\s+(?:from|on)|from|(?:please\\s+)?turn\\s+to|see\\s+[\\p{L}'’ -]{1,30}?,?\\s*(?:on\\s+)?)"
              + "\\s*(?:page|p\\.|pg\\.?)\\s*[\\p{L}\\d-]{1,4}\\)?");
  /** "6 min read", "12-15 minutes", "Listen to this article 6 min": the trailing duration of a control. */
  private static final Pattern DURATION =
      Pattern.compile("(?iu)\\s*[-–—|·•]?\\s*(?:\\d{1,3}(?:\\s*[-–]\\s*\\d{1,3})?\\s*min(?:ute)?s?\\.?(?:\\s+(?:read|listen))?"
          // a player's running time: "▶ Play audio (3:42)"
          + "|\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?)$");
  /** A clip's running time: "6:12", "6:12 min", "(3:42)", "4 min", "12 minutes". */
  private static final String RUNNING_TIME =
      "(?:\\(?\\d{1,2}:\\d{2}(?::\\d{2})?\\)?(?:\\s*min(?:ute)?s?\\.?)?|\\d{1,3}\\s*min(?:ute)?s?\\.?)";
  /** Arrows and a player's play glyph after a label: "Listen to this article ▶ 4 min". */
  private static final Pattern TRAILING_GLYPHS = Pattern.compile("[\\s:»›→>«‹←<↑▲^▶►⏵▷🔊🎧]+$");
  /** A player's button before its label: "▶ Play audio", "🎧 Listen". */
  private static final Pattern LEADING_GLYPHS = Pattern.compile("^[\\s▶►⏵▷🔊🎧]+");
  /**
   * What a text browser leaves of a picture or a frame before a control: "[IMG] Advertisement -
   * scroll to continue reading", "[image] Close". A picture's own text stays, in its own line.
   */
  private static final Pattern PLACEHOLDER = Pattern.compile("^(?i:\\[(?:img|image|iframe|frame|embed)\\]\\s*+)++");
  private static final Pattern GLYPHS_ONLY = Pattern.compile("[×✕✖☰↑↓▲▼⬆«»‹›<>→←|^]+");
  /** A writer's social handle alone on its line, under a byline or a bio: "@janedoe". */
  private static final Pattern HANDLES = Pattern.compile("(?:@[A-Za-z0-9_.]{2,30}\\s*)+");
  /**
   * A player's label with its running time in brackets: "Listen to the report by our correspondent
   * (03:12)", "Watch: the moment the bridge fell (1:05)", "Listen: Peshawar bulletin, 14:00 PKT (3
   * min)". The running time makes it a button; a sentence that tells of listening names no clip's
   * length and ends on its stop.
   */
  private static final Pattern TIMED_PLAYER =
      Pattern.compile("(?iu)(?:listen|watch)\\b[^.!?()]{0,80}+\\((?:\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{1,3}\\s*+min(?:ute)?s?\\.?)\\)");
  /**
   * An audio player's label over the story, in English, French, Spanish or Portuguese: the verb, what
   * it plays, its running time and the player's own link after it ("Listen to this article · 6:12 min
   * Learn more", "🎧 Écouter cet article", "Escuchar · 4 min", "Ouvir esta notícia 3:05"), the voice
   * that reads it after ("Listen to this article · 14 min · Narrated by Jane Doe"). The verb
   * must stand with what it plays or a running time right after it, and nothing but the player's
   * link may follow: a sentence goes on after the verb ("Play resumed after 20 minutes.").
   */
  private static final Pattern PLAYER_LABEL =
      Pattern.compile(
          "(?iu)[\\s▶►⏵▷🔊🎧]*+(?:listen(?:\\s+to)?|play|hear|écouter|écoutez|escuchar|escucha|escuche|ouvir|ouça|oiça)"
              + "(?:\\s+(?:(?:this|the|cet|cette|la|le|este|esta|el|o|a)\\s+|l['’]\\s*)?"
              + "(?:article|story|audio|piece|report|episode|podcast|audio\\s+version|version\\s+audio|texte|reportage"
              + "|artículo|articulo|noticia|nota|reportaje|artigo|notícia|matéria|materia|reportagem)(?:\\s*[-–—|·•:,]?\\s*" + RUNNING_TIME + ")?"
              + "|\\s*[-–—|·•:,]?\\s*" + RUNNING_TIME + ")"
              + "(?:\\s*[-–—|·•]?\\s*(?:learn\\s+more|more|en\\s+savoir\\s+plus|saiba\\s+mais|más\\s+información|m[áa]s\\s+info))?"
              // the voice that reads it: "· Narrated by Jane Doe", "Read by Jane Doe", "Voiced by AI"
              + "(?:\\s*[-–—|·•]?\\s*(?:narrated|read|voiced)\\s+by\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*+(?:\\s+(?-i:\\p{Lu})[\\p{L}.'’-]*+){0,3})?\\s*");
  private static final Pattern MEDIA_TIME =
      Pattern.compile("\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?");

  /**
   * A link to the neighbouring post or a related story with its headline: "Previous post: The
   * great marrow mystery", "« Older entry: …", "Next story → …", "Read more: …", "Related: …", a
   * print teaser "PAGE 4 ▸ SPORT: …". The label and its colon or arrow make it a link, and
   * what follows reads as a headline, not a sentence ("Next: the council votes on Tuesday.").
   */
  private static final Pattern ADJACENT_POST =
      Pattern.compile(
          "(?iu)[«‹←<\\s]*(?:(?:next|previous|prev|older|newer)(?: (?:article|story|post|entry|page|episode))?"
              + "|read more|also read|read next|see also|related|related story|related article|up next|more on this story"
              // a print teaser or a continued story's head: "PAGE 4 ▸ SPORT: …", "FROM PAGE 7: Camp road"
              // "TURN TO PAGE 6: What the dam levels mean …", "Continued on page A4: …", "See Comment, page 22: …"
              + "|(?:see\\s+(?:[\\p{L}'’ -]{1,30}?,\\s*)?|(?:please\\s+)?turn\\s+to\\s+|(?:(?:continued|cont['’]?d\\.?|story\\s+continues)\\s+)?(?:from|on)\\s+)?page\\s+[\\p{L}\\d-]{1,4})"
              + "\\s*(?::|»|›|→|>|«|‹|←|▸|►)\\s*(\\S.{0,160})");

  /**
   * The neighbouring posts without a label, as blogs print them: "← Older headline", "Newer
   * headline →" (a text dump may wrap the second onto its own line). The arrow points off the
   * page; what it points with is a headline, never a sentence.
   */
  private static final Pattern ARROWED = Pattern.compile("[←«‹]\\s*(\\S.{0,200})|(\\S.{0,200}?)\\s*[→»›]");

  @Override
  public DropReason reason() {
    return DropReason.NAVIGATION;
  }

  /**
   * Longer than any control label or player time, the lead-in to the full article with what it
   * holds ("Read the complete article, with photos and comments:") among them: prose, not worth the patterns.
   */
  private static final int MAX_LABEL_CHARS = 64;

  /**
   * An aggregator's button asking why it shows the story, with its one-sentence answer, which runs
   * longer than a label: "Why am I seeing this? Stories are selected by HeadlineHub algorithms."
   */
  private static final Pattern WHY_SHOWN =
      Pattern.compile("(?iu)why (?:am i|are you) seeing this(?: story| post| ad| article)?\\??(?:\\s+[^.!?]{1,100}[.!]?)?");

  private static boolean arrowed(String line) {
    Matcher arrowed = ARROWED.matcher(line);
    if (!arrowed.matches()) {
      return false;
    }
    String text = arrowed.group(1) != null ? arrowed.group(1) : arrowed.group(2);
    return TextShapes.atMostWords(text, 24) && ".!?…,;:".indexOf(text.charAt(text.length() - 1)) < 0
        && (arrowed.group(1) == null || TextShapes.headlineLike(text));
  }

  @Override
  boolean matches(String line) {
    String shown = PLACEHOLDER.matcher(line).replaceFirst("");
    return !shown.isEmpty() && matchesShown(shown);
  }

  private static boolean matchesShown(String line) {
    Matcher adjacent = ADJACENT_POST.matcher(line);
    if (adjacent.matches() && TextShapes.headlineLike(adjacent.group(1)) || arrowed(line) || TIMED_PLAYER.matcher(line).matches()
        || PLAYER_LABEL.matcher(line).matches() || WHY_SHOWN.matcher(line).matches()) {
      return true;
    }
    if (line.length() > MAX_LABEL_CHARS) {
      return false;
    }
    String compact = line.replace(" ", "");
    if (GLYPHS_ONLY.matcher(compact).matches() || MEDIA_TIME.matcher(line).matches() || HANDLES.matcher(line).matches()) {
      return true;
    }
    String label = LEADING_GLYPHS.matcher(TRAILING_GLYPHS.matcher(DURATION.matcher(line).replaceFirst("")).replaceFirst("")).replaceFirst("");
    return label.isEmpty() || CONTROL.matcher(label).matches() || PaywallLabels.isPaywallLabel(label);
  }
}
