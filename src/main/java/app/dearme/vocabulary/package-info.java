/**
 * The shared domain vocabulary (a shared kernel): the closed sets of the SPEC (moods, weather, context and persona
 * levels) and the diary text that the diary module publishes to the AI port. It depends on no other module of
 * the application, and every module may use it (each module lists it in its allowed dependencies).
 */
@ApplicationModule(allowedDependencies = {})
package app.dearme.vocabulary;

import org.springframework.modulith.ApplicationModule;
