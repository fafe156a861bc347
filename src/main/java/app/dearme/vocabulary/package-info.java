/**
 * The shared domain vocabulary (a shared kernel): the closed sets of the SPEC (moods, weather, context and persona
 * levels) and the diary text that the diary module publishes to the AI port. It depends on no other module of
 * the application, and every module may use it. Meant to be declared an open Spring Modulith module
 * ({@code @ApplicationModule(type = Type.OPEN)}) once the Modulith artifact is on the classpath.
 */
package app.dearme.vocabulary;
