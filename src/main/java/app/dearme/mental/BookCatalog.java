package app.dearme.mental;

import app.dearme.mental.MentalDtos.Book;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The curated list in books/books.json: real Korean-market books, with our own descriptions and reasons. */
@Component
class BookCatalog {

    record Catalog(Map<String, List<Book>> status, Map<String, List<Book>> axis) {
    }

    private final Catalog catalog;

    BookCatalog(JsonMapper json) throws IOException {
        try (InputStream in = new ClassPathResource("books/books.json").getInputStream()) {
            this.catalog = json.readValue(in, Catalog.class);
        }
    }

    Catalog catalog() {
        return catalog;
    }
}
