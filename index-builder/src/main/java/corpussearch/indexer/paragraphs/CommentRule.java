package corpussearch.indexer.paragraphs;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops the comment section.
 *
 * <ul>
 *   <li><b>Header</b>: a whole line that is a comment-count or reply-form title — "Comments",
 *       "COMMENTS (1)", "View Comments (0)", "12 Comments", "Leave a Reply", "Post a comment",
 *       "Join the discussion", "Join the conversation: 6 comments", "3 thoughts on …", a forum's count among the post's actions
 *       ("57 comments share save hide report"), and the same in French,
 *       Spanish, Portuguese or German ("3 commentaires", "Laisser un commentaire", "Deixe um comentário", "Kommentare (12)").
 *   <li><b>Comment lines</b> anywhere: commenter lines ("name | 3 years ago | Reply", "Chamara S. · 12 March 2024", "JaneQ · 2h"),
 *       relative timestamps ("2 days ago") with the commenter's login on the line above them, "Reply"/"Report" buttons, a forum's row of actions ("permalink embed save parent report reply"), the reply form's field labels ("Name Email Comment"), "Replying to X", and short
 *       moderation/form notices ("Comments are moderated …", "Comments FAQ", the thread shut, whole on its line in any of the four languages or in German, its reason before it if any
 *       ("Comments have been closed on this article.", "…, comments have been disabled.", "Les commentaires sont fermés pour cet
 *       article.", "Comentarios desactivados"), a French page sending the reader to react elsewhere ("Réagissez à cet article sur nos pages …"), "Your email address
 *       will not be published", "Required fields are marked", "Your comment will be published after review").
 *   <li><b>Comment text</b>: the lines under a commenter line (a name, or a login on the line above, with a time stamp) that opens a
 *       block after the article body ("Faraz A | Mar
 *       05, 2024 11:02am" over "Same story every year."), when they are short (at most {@value
 *       #MAX_COMMENT_WORDS} words): a comment is a signed head with its text under it, and an
 *       article does not set a name and a time stamp over its paragraphs.
 *   <li><b>Region</b>: a header that comes after the article body — at least
 *       {@value #BODY_BLOCKS_BEFORE_REGION} prose blocks precede it — opens the comment region,
 *       and every line after it that no earlier rule claimed is dropped as a comment. Readers'
 *       comments are prose too, so position is the only reliable signal. A header near the top of
 *       the page (a comment counter next to the byline) drops only itself.
 * </ul>
 */
final class CommentRule implements FurnitureRule {
  static final int BODY_BLOCKS_BEFORE_REGION = 3;
  static final int MAX_COMMENT_WORDS = 60;

  /** What a forum lets its reader do with a post or a comment: "permalink embed save parent report reply". */
  private static final String ACTIONS =
      "(?:permalink|embed|save|parent|report|reply|share|hide|give award|crosspost|flag|like|edit|delete|source|context)";

  private static final Pattern HEADER =
      Pattern.compile(
          "(?iu)(?:(?:view|show|read|load|see|hide|all|latest|reader['’]?s?)\\s+)*(?:\\d+\\s+)?"
              + "comments?(?:(?:\\s*\\(\\d+\\)|\\s+\\d+)(?:\\s+\\p{L}+)?)?:?|"
              + "\\d+\\s+(?:responses?|replies)|(?:responses?|replies)\\s*\\(\\d+\\)|"
              + "(?:[^.?!]{1,40}\\?\\s+)?(?:leave|post|add|write|submit)\\s+(?:a|your)\\s+(?:reply|comment|response)"
              + "(?:\\s+(?:below|here))?\\.?|"
              + "join the (?:discussion|conversation)(?:\\s*:\\s*\\d+\\s+comments?)?|comments? (?:are|is) closed\\.?|"
              + "\\d+\\s+thoughts?\\s+on\\s+.+|"
              // a forum's count of comments among the post's actions: "57 comments  share  save  hide  report"
              + "\\d+\\s+comments?(?:\\s*[|·•]?\\s*" + ACTIONS + ")+|"
              // the same titles as French, Spanish and Portuguese sites print them
              + "(?:\\d+\\s+)?(?:commentaires?|comentarios?|comentários?)(?:\\s*\\(\\d+\\))?:?|"
              + "(?:laisser|laissez|ajouter|écrire) un commentaire|(?:deja|dejar|escribe) (?:un|tu) comentario|(?:deixe|deixar|escreva) (?:um|o seu|seu) comentário|"
              // and German ones
              + "(?:\\d+\\s+)?kommentare?(?:\\s*\\(\\d+\\))?:?|kommentar (?:schreiben|verfassen|abgeben)");
  private static final Pattern COMMENTER =
      Pattern.compile("(?iu)[^|·•]{1,80}[|·•].*\\b(?:ago|reply|report|like|\\d{4})\\b.*");
  private static final Pattern TIMESTAMP =
      Pattern.compile(
          "(?iu)(?:[^.!?]{0,60}\\s)?\\d+\\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\\s+ago"
              + "|[^\\s.!?]{1,30}(?:\\s+[^\\s.!?]{1,30})?\\s*[·•|]\\s*\\d{1,2}\\s?(?:s|m|h|d|w|mo|y|mins?|hrs?)(?:\\s+ago)?");
  /** The separator between a commenter's name and the time stamp. */
  private static final Pattern SIGNED = Pattern.compile("\\S\\s*[|·•]\\s*\\S");
  /** A commenter's login on its own line ("harbourfan88", "j_smith"): one word with a digit, an underscore or no capital. */
  private static final Pattern HANDLE = Pattern.compile("(?u)(?=\\S*[\\d_]|[\\p{Ll}\\d._-]+$)[\\p{L}\\d._-]{3,30}");
  private static final Pattern BUTTONS =
      Pattern.compile("(?iu)(?:reply|report|flag|like|cancel reply|report abuse)(?:\\s*[|·]\\s*(?:reply|report|like|share))*"
          // a row of three actions or more, as a forum sets them under each comment
          + "|(?:" + ACTIONS + "\\s*[|·•]?\\s*){3,}");
  /** A reply form's field labels copied as one line: "Name   Email   Comment", "Comment * Name * Email * Website". */
  private static final Pattern FORM_LABELS =
      Pattern.compile("(?iu)(?=.*\\bcomment\\b)(?:(?:your\\s+)?(?:name|e-?mail(?:\\s+address)?|comment|website|message)\\s*\\*?\\s*:?\\s*){2,5}");
  private static final Pattern REPLYING = Pattern.compile("(?iu)replying to\\s+\\S.*");
  /** Where a notice says the thread is shut: "on this article", "pour cet article", "para esta noticia", "neste artigo". */
  private static final String THIS_PAGE =
      "(?:on|for|to|in|under|pour|sur|à|de|dans|para|en|em|neste|nesta|deste|desta)\\s+"
          + "(?:(?:this|the|cet|cette|ce|este|esta|el|la|le|o|a)\\s+|l['’])?"
          + "(?:article|story|post|page|piece|report|item|artículo|articulo|nota|noticia|notícia|artigo|matéria|materia|billet|sujet)";
  /**
   * The page's notice that its thread is shut, whole on its line, in English, French, Spanish or
   * Portuguese: the comments (or commenting, the comment section) in the present or perfect,
   * closed, disabled, suspended or unavailable, said of this page or not, after the reason if any
   * ("Because this matter is before the courts, comments have been disabled.", "Les commentaires
   * sont fermés pour cet article.", "Comentarios desactivados"). A story tells of comments in the
   * past or names whose comments they were ("Les commentaires du ministre sont fermés à toute
   * discussion, a estimé …"), and goes on after the word.
   */
  private static final String THREAD_SHUT =
      "(?:[^.!?,]{1,100}+,\\s*)?(?:the\\s+|les\\s+|los\\s+|os\\s+|la\\s+|a\\s+)?"
          + "(?:comments?(?:\\s+section)?|commenting|comment\\s+section|commentaires?|comentarios?|comentários?"
          + "|(?:section|espace)\\s+(?:des\\s+)?commentaires|(?:sección|secção|seção)\\s+de\\s+coment\\p{L}+)"
          + "(?:\\s+" + THIS_PAGE + ")?"
          + "(?:\\s+(?:are|is|have\\s+been|has\\s+been|sont|est|ont\\s+été|a\\s+été|están|estan|está|esta|han\\s+sido|ha\\s+sido"
          + "|estão|estao|está|foram|foi))?"
          + "(?:\\s+(?:now|temporarily|currently|permanently|automatically|désormais|temporairement|actuellement|temporalmente|temporariamente))?"
          + "\\s+(?:closed|disabled|turned\\s+off|switched\\s+off|suspended|unavailable|not\\s+available|no\\s+longer\\s+available"
          + "|ferm[ée]e?s?|clos|désactivée?s?|suspendue?s?|cerrad[oa]s?|desactivad[oa]s?|deshabilitad[oa]s?|suspendid[oa]s?"
          + "|fechad[oa]s?|encerrad[oa]s?|desativad[oa]s?|desabilitad[oa]s?|suspens[oa]s?)"
          + "(?:\\s+" + THIS_PAGE + ")?\\s*[.!]?";
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?iu).*(?:\\bcomments? (?:are|is|will be) (?:moderated|reviewed|closed|subject to"
              // "Your comment will be published after review by the editors."
              + "|(?:published|posted|visible|shown|approved) (?:only )?(?:after|once|following|upon|when))"
              + "|\\bcomments? (?:faq|policy|guidelines|rules)\\b"
              + "|your e-?mail address will not be published|required fields are marked"
              // "Log in to comment", "You must be logged in to post a comment"
              + "|(?:log|sign)(?:ged|ed)? in(?: or (?:register|sign up))? to (?:(?:post|leave|add|write) )?(?:an? )?(?:comments?|reply)|be the first to comment"
              + "|save my name,? e-?mail|notify me of (?:new|follow-up) (?:comments|posts)"
              // the comment box's own invitation or its loading message
              + "|\\b(?:have your say|(?:join|start) the (?:conversation|discussion))\\s+(?:in the comments|below)\\b"
              + "|^(?:have your say|join the (?:conversation|discussion))\\b[^.!?\"”]{0,30}[.!?:]?$|\\bloading comments\\b"
              + "|enable javascript to (?:view|see|load) (?:the )?comments"
              // the thread shut, as a German page says it, the whole line: "Die Kommentarfunktion ist für diesen Artikel geschlossen."
              + "|^(?:die\\s+)?kommentar(?:funktion|e|bereich)\\s+(?:ist|sind|wurde|wurden)\\s+(?:für\\s+diesen\\s+(?:artikel|beitrag)\\s+)?"
              + "(?:derzeit\\s+|vorübergehend\\s+|leider\\s+)?(?:geschlossen|deaktiviert|abgeschaltet)\\b[^.!?]{0,60}[.!]?$"
              // the reader sent to react elsewhere, as a French page says it, the whole line
              + "|^réagissez (?:à|a) cet article\\b[^.!?]{0,80}[.!]?$).*"
              + "|" + THREAD_SHUT);

  @Override
  public DropReason reason() {
    return DropReason.COMMENTS;
  }

  @Override
  public void apply(Page page) {
    int proseBlocks = 0;
    for (Block block : page.blocks()) {
      List<Integer> live = page.live(block);
      for (int i : live) {
        if (!page.isLive(i)) {
          continue;
        }
        String line = page.line(i);
        if (HEADER.matcher(line).matches()) {
          page.drop(i, reason());
          if (proseBlocks >= BODY_BLOCKS_BEFORE_REGION) {
            dropRegion(page, i + 1);
            return;
          }
        } else if (isCommentLine(line)) {
          page.drop(i, reason());
          dropHandleAbove(page, i);
          int at = live.indexOf(i);
          boolean opensBlock = live.subList(0, at).stream().noneMatch(page::isLive);
          boolean signed = SIGNED.matcher(line).find() || at > 0 && page.reason(live.get(at - 1)) == reason();
          if (opensBlock && signed && proseBlocks >= BODY_BLOCKS_BEFORE_REGION && isCommentHead(line)) {
            dropCommentText(page, live.subList(at + 1, live.size()));
          }
        }
      }
      if (TextShapes.isProse(page.liveText(block))) {
        proseBlocks++;
      }
    }
  }

  /** The commenter's login on the line above a comment's timestamp. */
  private void dropHandleAbove(Page page, int line) {
    if (line > 0 && page.isLive(line - 1) && TIMESTAMP.matcher(page.line(line)).matches()
        && HANDLE.matcher(page.line(line - 1)).matches()) {
      page.drop(line - 1, reason());
    }
  }

  /** The text under a comment's head, unless it is too long to be a reader's comment. */
  private void dropCommentText(Page page, List<Integer> lines) {
    String text = String.join(" ", lines.stream().filter(page::isLive).map(page::line).toList());
    if (TextShapes.atMostWords(text, MAX_COMMENT_WORDS)) {
      page.dropAll(lines, reason());
    }
  }

  /**
   * A commenter's name with a time stamp: the head of a comment, with its text on the lines below.
   * The name is on the line ("Faraz A | Mar 05, 2024") or is the login above it; a bare "2 hours
   * ago" may head a live blog's entry, which is the story's.
   */
  private static boolean isCommentHead(String line) {
    return COMMENTER.matcher(line).matches() || TIMESTAMP.matcher(line).matches();
  }

  private void dropRegion(Page page, int from) {
    for (int i = from; i < page.size(); i++) {
      page.drop(i, reason());
    }
  }

  private static boolean isCommentLine(String line) {
    if (!TextShapes.atMostWords(line, 40)) {
      return false;
    }
    return COMMENTER.matcher(line).matches()
        || TIMESTAMP.matcher(line).matches()
        || BUTTONS.matcher(line).matches()
        || FORM_LABELS.matcher(line).matches()
        || REPLYING.matcher(line).matches() && !TextShapes.isProse(line)
        || NOTICE.matcher(line).matches();
  }
}
