package app.dearme;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class DearMeApplication {

    public static void main(String[] args) {
        SpringApplication.run(DearMeApplication.class, args);
    }
}
