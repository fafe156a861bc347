/**
 * Notifications and their live stream (SSE). A sink module: others call it or publish events it listens to; it
 * depends on no product module.
 */
@ApplicationModule(allowedDependencies = {"platform::*", "vocabulary"})
package app.dearme.notification;

import org.springframework.modulith.ApplicationModule;
