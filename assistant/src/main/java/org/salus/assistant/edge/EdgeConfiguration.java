package org.salus.assistant.edge;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.salus.assistant.voice.SpeechProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers the edge filters ahead of everything else, and Tomcat's problem-details error page. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({HttpLimitsProperties.class, RateLimitProperties.class})
class EdgeConfiguration {

    /** Voice uploads may carry a little multipart framing around the largest recording. */
    private static final long MULTIPART_OVERHEAD = 64 * 1024;

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(new QueryStringFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RateLimitFilter> rateLimitFilter(RateLimitProperties properties) {
        FilterRegistrationBean<RateLimitFilter> registration = new FilterRegistrationBean<>(new RateLimitFilter(properties));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(HttpLimitsProperties limits, SpeechProperties speech) {
        long voice = speech.enabled() ? speech.maxBytes().toBytes() + MULTIPART_OVERHEAD : 0;
        FilterRegistrationBean<BodyLimitFilter> registration = new FilterRegistrationBean<>(
                new BodyLimitFilter(limits.maxBody().toBytes(), limits.maxChatBody().toBytes(), voice,
                        "The recording is larger than " + size(speech.maxBytes().toBytes()) + ". Please ask a shorter question."));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    private static String size(long bytes) {
        long mb = 1024 * 1024;
        return bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorPages() {
        return new WebServerFactoryCustomizer<>() {
            @Override
            public void customize(TomcatServletWebServerFactory factory) {
                factory.addContextCustomizers(context -> {
                    if (context.getParent() instanceof StandardHost host) {
                        for (Valve valve : host.getPipeline().getValves()) {
                            if (valve instanceof ErrorReportValve) {
                                host.getPipeline().removeValve(valve);
                            }
                        }
                        host.setErrorReportValveClass(ProblemReportValve.class.getName());
                        host.getPipeline().addValve(new ProblemReportValve());
                    }
                });
            }
        };
    }
}
