package app.dearme.friend;

import app.dearme.platform.security.AuthUser;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/friends")
class FriendController {

    private final FriendService friends;

    FriendController(FriendService friends) {
        this.friends = friends;
    }

    @PostMapping(value = "/request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    FriendDtos.FriendRequest request(AuthUser me, @Valid @RequestBody FriendDtos.RequestBody body) {
        return friends.request(me.id(), body.addresseeId());
    }

    @GetMapping("/requests/received")
    FriendDtos.RequestList received(AuthUser me) {
        return friends.received(me.id());
    }

    @GetMapping("/requests/sent")
    FriendDtos.RequestList sent(AuthUser me) {
        return friends.sent(me.id());
    }

    @PatchMapping(value = "/requests/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    FriendDtos.FriendRequest respond(AuthUser me, @PathVariable long id, @Valid @RequestBody FriendDtos.Respond body) {
        return friends.respond(me.id(), id, body.status());
    }

    @GetMapping({"", "/"})
    FriendDtos.FriendList list(AuthUser me) {
        return friends.friends(me.id());
    }

    @DeleteMapping("/{userId}")
    ResponseEntity<Void> remove(AuthUser me, @PathVariable long userId) {
        friends.remove(me.id(), userId);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/recommendations")
    FriendDtos.RecommendationList recommendations(AuthUser me) {
        return friends.recommendations(me.id());
    }
}
