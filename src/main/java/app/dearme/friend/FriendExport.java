package app.dearme.friend;

import app.dearme.user.ExportContributor;
import org.springframework.stereotype.Component;

/** The account export's friends part (SPEC §4): accepted friends as public profiles, never their data. */
@Component
class FriendExport implements ExportContributor {

    private final FriendService friends;

    FriendExport(FriendService friends) {
        this.friends = friends;
    }

    @Override
    public String section() {
        return "friends";
    }

    @Override
    public Object exportJson(long userId) {
        return friends.friends(userId).items();
    }
}
