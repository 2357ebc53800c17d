package id.simitra;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SimitraApplication {

	public static void main(String[] args) {
		SpringApplication.run(SimitraApplication.class, args);
	}

}
