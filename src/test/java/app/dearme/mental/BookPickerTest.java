package app.dearme.mental;

import static org.assertj.core.api.Assertions.assertThat;

import app.dearme.ai.MentalScores;
import app.dearme.ai.OverallStatus;
import app.dearme.mental.MentalDtos.Book;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.PropertyNamingStrategies;

class BookPickerTest {

    static final BookCatalog.Catalog CATALOG = load();

    static BookCatalog.Catalog load() {
        try {
            return new BookCatalog(JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build())
                    .catalog();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theCatalogHasSixBooksPerStatusAndTwoPerAxisAllComplete() {
        for (OverallStatus s : OverallStatus.values()) {
            assertThat(CATALOG.status().get(s.name())).as(s.name()).hasSizeGreaterThanOrEqualTo(6);
        }
        for (String axis : Analysis.AXES) {
            assertThat(CATALOG.axis().get(axis)).as(axis).hasSizeGreaterThanOrEqualTo(2);
        }
        CATALOG.status().values().stream().flatMap(List::stream).forEach(BookPickerTest::complete);
        CATALOG.axis().values().stream().flatMap(List::stream).forEach(BookPickerTest::complete);
    }

    private static void complete(Book b) {
        assertThat(List.of(b.title(), b.author(), b.category(), b.description(), b.reason())).allMatch(v -> v != null && !v.isBlank());
    }

    @Test
    void aWeakAxisBelowFortyGetsItsBookFirstAndTheRestFollowTheStatus() {
        MentalScores s = new MentalScores(70, 70, 35, 70, 70, 70);
        BookPicker.Pick pick = BookPicker.pick(CATALOG, OverallStatus.good, s, 3);
        assertThat(pick.weakestAxis()).isEqualTo("self_esteem");
        Set<String> axisTitles = CATALOG.axis().get("self_esteem").stream().map(Book::title).collect(Collectors.toSet());
        Set<String> goodTitles = CATALOG.status().get("good").stream().map(Book::title).collect(Collectors.toSet());
        assertThat(axisTitles).contains(pick.books().get(0).title());
        assertThat(pick.books().get(0).reason()).contains("자존감").contains("35점");
        assertThat(goodTitles).contains(pick.books().get(1).title(), pick.books().get(2).title());
    }

    @Test
    void noWeakAxisMeansAllThreeFromTheStatus() {
        BookPicker.Pick pick = BookPicker.pick(CATALOG, OverallStatus.neutral, new MentalScores(40, 55, 60, 45, 50, 41), 0);
        assertThat(pick.weakestAxis()).isNull();
        Set<String> neutral = CATALOG.status().get("neutral").stream().map(Book::title).collect(Collectors.toSet());
        assertThat(pick.books()).hasSize(3).allMatch(b -> neutral.contains(b.title()));
    }

    @Test
    void picksNeverRepeatATitleForAnyScoresStatusOrSeed() {
        Random r = new Random(42);
        for (int i = 0; i < 2000; i++) {
            MentalScores s = new MentalScores(r.nextInt(101), r.nextInt(101), r.nextInt(101), r.nextInt(101),
                    r.nextInt(101), r.nextInt(101));
            OverallStatus status = OverallStatus.of(s);
            BookPicker.Pick pick = BookPicker.pick(CATALOG, status, s, r.nextLong());
            assertThat(pick.books()).hasSize(3);
            assertThat(pick.books().stream().map(Book::title).distinct().count()).isEqualTo(3);
            int min = java.util.Arrays.stream(s.asArray()).min().orElseThrow();
            assertThat(pick.weakestAxis() != null).isEqualTo(min < 40);
        }
    }

    @Test
    void aCatalogWithOverlappingListsStillYieldsThreeDistinctTitles() {
        Book shared = new Book("같은 책", "저자", "심리", "설명", "이유");
        Book other1 = new Book("다른 책 1", "저자", "심리", "설명", "이유");
        Book other2 = new Book("다른 책 2", "저자", "심리", "설명", "이유");
        var catalog = new BookCatalog.Catalog(
                java.util.Map.of("critical", List.of(shared, other1), "neutral", List.of(shared, other2)),
                java.util.Map.of("vitality", List.of(shared)));
        BookPicker.Pick pick = BookPicker.pick(catalog, OverallStatus.critical, new MentalScores(10, 5, 10, 10, 10, 10), 0);
        assertThat(pick.books()).extracting(Book::title).containsExactly("같은 책", "다른 책 1", "다른 책 2");
    }
}
