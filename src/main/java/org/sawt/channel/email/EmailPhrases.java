package org.sawt.channel.email;

import java.util.Map;
import org.sawt.shared.Language;

/**
 * What only emails say, in each language: the "reply above this line" marker, how to answer, and the answers
 * to replies that cannot be matched. Phrases every channel shares (yes/no, hints, thanks) come from the
 * application's messages.
 */
record EmailPhrases(String marker, String howToAnswer, String freeTextExample, String questionsHeading,
        String stopHint, String unmatchedInvited, String unmatchedNothingOpen, String unmatchedUnknown) {

    private static final Map<Language, EmailPhrases> BY_LANGUAGE = Map.of(
            Language.EN, new EmailPhrases(
                    "##- Please type your reply above this line -##",
                    "How to answer: reply to this email. Write the number of each question, then your answer, "
                            + "one question per line. For example:",
                    "your answer in your own words",
                    "Questions",
                    "To stop receiving our messages, reply STOP.",
                    "We could not tell which consultation your email answers. Please reply to the invitation "
                            + "email itself, or to this email, with the number of each question followed by "
                            + "your answer:",
                    "There is no open consultation for you right now, so your email was not counted. "
                            + "Thank you for your interest.",
                    "This email address is not registered for any consultation, so your email was not counted. "
                            + "If you received an invitation by email, please answer by replying to it."),
            Language.AR, new EmailPhrases(
                    "##- يُرجى كتابة ردك فوق هذا السطر -##",
                    "طريقة الإجابة: ردّ على هذه الرسالة، واكتب رقم كل سؤال ثم إجابتك، سؤالًا واحدًا في كل سطر. "
                            + "مثال:",
                    "إجابتك بكلماتك الخاصة",
                    "الأسئلة",
                    "لإيقاف رسائلنا، ردّ بكلمة «توقف».",
                    "لم نتمكن من معرفة الاستشارة التي تجيب عنها رسالتك. يُرجى الرد على رسالة الدعوة نفسها، "
                            + "أو على هذه الرسالة، بكتابة رقم كل سؤال ثم إجابتك:",
                    "لا توجد استشارة مفتوحة لك حاليًا، لذلك لم تُحتسب رسالتك. شكرًا لاهتمامك.",
                    "عنوان البريد الإلكتروني هذا غير مسجل في أي استشارة، لذلك لم تُحتسب رسالتك. "
                            + "إذا وصلتك دعوة بالبريد الإلكتروني، فيُرجى الإجابة بالرد عليها."),
            Language.FA, new EmailPhrases(
                    "##- لطفاً پاسخ خود را بالای این خط بنویسید -##",
                    "نحوه پاسخ‌دادن: به این ایمیل پاسخ دهید و شماره هر پرسش و سپس پاسخ خود را بنویسید، "
                            + "هر پرسش در یک خط. برای نمونه:",
                    "پاسخ شما با کلمات خودتان",
                    "پرسش‌ها",
                    "برای توقف پیام‌های ما، با واژه «لغو» پاسخ دهید.",
                    "نتوانستیم تشخیص دهیم ایمیل شما پاسخ کدام نظرسنجی است. لطفاً به خود ایمیل دعوت یا به همین "
                            + "ایمیل پاسخ دهید و شماره هر پرسش و سپس پاسخ خود را بنویسید:",
                    "در حال حاضر نظرسنجی بازی برای شما وجود ندارد، بنابراین ایمیل شما شمرده نشد. "
                            + "از توجه شما سپاسگزاریم.",
                    "این نشانی ایمیل برای هیچ نظرسنجی ثبت نشده است، بنابراین ایمیل شما شمرده نشد. "
                            + "اگر دعوت‌نامه‌ای با ایمیل دریافت کرده‌اید، لطفاً به همان ایمیل پاسخ دهید."),
            Language.FR, new EmailPhrases(
                    "##- Veuillez écrire votre réponse au-dessus de cette ligne -##",
                    "Pour répondre : répondez à ce courriel en écrivant le numéro de chaque question puis votre "
                            + "réponse, une question par ligne. Par exemple :",
                    "votre réponse, avec vos mots",
                    "Questions",
                    "Pour ne plus recevoir nos messages, répondez ARRÊT.",
                    "Nous n'avons pas pu savoir à quelle consultation votre courriel répond. Veuillez répondre "
                            + "au courriel d'invitation lui-même, ou à ce courriel, en écrivant le numéro de chaque "
                            + "question puis votre réponse :",
                    "Aucune consultation n'est ouverte pour vous en ce moment ; votre courriel n'a donc pas été "
                            + "compté. Merci de votre intérêt.",
                    "Cette adresse électronique n'est inscrite à aucune consultation ; votre courriel n'a donc pas "
                            + "été compté. Si vous avez reçu une invitation par courriel, veuillez y répondre."));

    static EmailPhrases of(Language language) {
        return BY_LANGUAGE.getOrDefault(language, BY_LANGUAGE.get(Language.EN));
    }
}
