package app.dearme.vocabulary;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** SPEC §15 diary weather keys; the wire value is the JSON key and the {@code diaries.weather} column value. */
public enum Weather implements WireValue {
    SUNNY("sunny", "맑음"),
    CLOUDY("cloudy", "흐림"),
    RAINY("rainy", "비"),
    SNOWY("snowy", "눈"),
    WINDY("windy", "바람"),
    FOGGY("foggy", "안개"),
    STORMY("stormy", "폭풍");

    private final String wire;
    private final String label;

    Weather(String wire, String label) {
        this.wire = wire;
        this.label = label;
    }

    @JsonValue
    public String wire() {
        return wire;
    }

    public String label() {
        return label;
    }

    public static Optional<Weather> parse(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        for (Weather w : values()) {
            if (w.wire.equals(wire)) {
                return Optional.of(w);
            }
        }
        return Optional.empty();
    }

    @JsonCreator
    public static Weather fromWire(String wire) {
        if (wire == null || wire.isBlank()) {
            return null;
        }
        return parse(wire).orElseThrow(() -> new IllegalArgumentException("unknown weather: " + wire));
    }

    public static Weather fromColumn(String value) {
        return parse(value).orElse(null);
    }

    public static String toColumn(Weather w) {
        return w == null ? null : w.wire;
    }

    public static List<String> wireValues() {
        return Arrays.stream(values()).map(Weather::wire).sorted().toList();
    }
}
