package org.salus.assistant.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.salus.assistant.chat.ChatService;
import org.salus.assistant.config.SalusProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Mounts the HAPI FHIR server at {@code /fhir/*} and shares one R4 {@link FhirContext} with the other clinic features. */
@Configuration(proxyBeanMethods = false)
class FhirConfiguration {

    @Bean
    FhirContext fhirContext() {
        return FhirContext.forR4Cached();
    }

    @Bean
    ServletRegistrationBean<SalusFhirServer> fhirServlet(FhirContext context, ChatService chat,
                                                         SalusProperties properties) {
        ServletRegistrationBean<SalusFhirServer> registration =
                new ServletRegistrationBean<>(new SalusFhirServer(context, new AskOperation(chat,
                properties.chat().maxMessageChars())), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
