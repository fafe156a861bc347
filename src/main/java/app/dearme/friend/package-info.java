/**
 * Friend requests and friendships. Owns the friend count and enforces the plan's friend limit, which it reads from
 * subscription (subscription gets the count through its FriendCounter port, never the other way round).
 */
@ApplicationModule(allowedDependencies = {"notification", "subscription", "user", "platform::*", "vocabulary"})
package app.dearme.friend;

import org.springframework.modulith.ApplicationModule;
