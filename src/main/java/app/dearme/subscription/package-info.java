/**
 * Plans, test-mode subscriptions and usage limits. Publishes the limits (UsageLimits) and the FriendCounter port
 * that the friend module implements, so it never depends on friend.
 */
@ApplicationModule(allowedDependencies = {"user", "platform::*", "vocabulary"})
package app.dearme.subscription;

import org.springframework.modulith.ApplicationModule;
