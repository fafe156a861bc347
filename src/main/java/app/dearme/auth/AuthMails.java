package app.dearme.auth;

import app.dearme.platform.config.DearMeProperties;
import app.dearme.platform.mail.MailGateway;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The Korean account e-mails (HTML + text) with their links and validity (SPEC §3). */
@Component
class AuthMails {

    private final MailGateway mail;
    private final DearMeProperties props;

    AuthMails(MailGateway mail, DearMeProperties props) {
        this.mail = mail;
        this.props = props;
    }

    void verification(String to, String username, String token) {
        String link = props.publicUrl() + "/verify-email?token=" + token;
        send(to, "[디어미] 이메일 주소를 인증해 주세요", username,
                "디어미에 가입해 주셔서 고마워요. 아래 링크를 눌러 이메일 인증을 마쳐 주세요.", link,
                "이 링크는 24시간 동안 한 번만 사용할 수 있어요.", "이메일 인증하기");
    }

    void passwordReset(String to, String username, String token) {
        String link = props.publicUrl() + "/reset-password?token=" + token;
        send(to, "[디어미] 비밀번호 재설정 안내", username,
                "비밀번호 재설정을 요청하셨어요. 아래 링크에서 새 비밀번호를 정해 주세요.", link,
                "이 링크는 1시간 동안 한 번만 사용할 수 있어요. 요청하지 않으셨다면 이 메일을 무시해 주세요.", "비밀번호 재설정하기");
    }

    private void send(String to, String subject, String username, String intro, String link, String validity,
                      String button) {
        String text = username + "님, 안녕하세요.\n\n" + intro + "\n\n" + link + "\n\n" + validity + "\n\n— 디어미 드림";
        String u = HtmlUtils.htmlEscape(username);
        String html = "<!doctype html><html lang=\"ko\"><body style=\"font-family:sans-serif;line-height:1.6\">"
                + "<p>" + u + "님, 안녕하세요.</p><p>" + intro + "</p>"
                + "<p><a href=\"" + link + "\" style=\"display:inline-block;padding:10px 18px;background:#7c5cff;"
                + "color:#fff;border-radius:8px;text-decoration:none\">" + button + "</a></p>"
                + "<p style=\"color:#666\">" + validity + "</p><p style=\"color:#666;font-size:12px\">" + link + "</p>"
                + "<p>— 디어미 드림</p></body></html>";
        mail.send(to, subject, text, html);
    }
}
