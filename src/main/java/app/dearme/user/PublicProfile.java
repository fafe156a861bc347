package app.dearme.user;

/** What any user may see of another: never the e-mail (SPEC §4). */
public record PublicProfile(long id, String username, String profileImage, boolean hasPublicPersona) {
}
