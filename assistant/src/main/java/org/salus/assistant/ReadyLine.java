package org.salus.assistant;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Prints the one line scripts wait for, {@code Salus ready on http://HOST:PORT}, once requests are accepted. */
@Component
class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            return;
        }
        Environment env = event.getApplicationContext().getEnvironment();
        String host = env.getProperty("server.address", "localhost");
        System.out.println("Salus ready on http://" + host + ":" + web.getWebServer().getPort());
        System.out.flush();
    }
}
