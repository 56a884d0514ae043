package org.salus.assistant.fhir;

import ca.uhn.fhir.context.FhirContext;
import org.salus.assistant.chat.ChatService;
import org.salus.assistant.web.PublicUrls;
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
    ServletRegistrationBean<SalusFhirServer> fhirServlet(FhirContext context, ChatService chat, PublicUrls urls) {
        ServletRegistrationBean<SalusFhirServer> registration = new ServletRegistrationBean<>(
                new SalusFhirServer(context, new AskOperation(chat), urls.configured().orElse(null)), "/fhir/*");
        registration.setName("fhir");
        registration.setLoadOnStartup(1);
        return registration;
    }
}
