package app.dearme.platform.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JosaTest {

    @Test
    void particleFollowsTheFinalSound() {
        assertThat(Josa.attach("분위기 메이커", "을/를")).isEqualTo("분위기 메이커를");
        assertThat(Josa.attach("작업", "을/를")).isEqualTo("작업을");
        assertThat(Josa.attach("햇살 같은 친구", "이/가")).isEqualTo("햇살 같은 친구가");
        assertThat(Josa.attach("잔잔한 러너", "이/가")).isEqualTo("잔잔한 러너가");
        assertThat(Josa.attach("일기장", "이/가")).isEqualTo("일기장이");
        assertThat(Josa.attach("서울", "으로/로")).isEqualTo("서울로");
        assertThat(Josa.attach("집", "으로/로")).isEqualTo("집으로");
        assertThat(Josa.attach("Sam", "이/가")).isEqualTo("Sam이");
    }
}
