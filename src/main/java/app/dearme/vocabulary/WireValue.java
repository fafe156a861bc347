package app.dearme.vocabulary;

/**
 * A vocabulary constant with its lowercase wire value (JSON and column). The web layer uses it to list the allowed
 * values when a request carries an unknown one.
 */
public interface WireValue {

    String wire();
}
