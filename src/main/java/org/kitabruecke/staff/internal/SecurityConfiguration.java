package org.kitabruecke.staff.internal;

import com.vaadin.flow.spring.security.NavigationAccessControlConfigurer;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.kitabruecke.staff.StaffRole;
import org.kitabruecke.staff.ui.LoginView;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * Parents' pages are open to everyone (views say {@code @AnonymousAllowed}); every other view and every service
 * method that touches staff data requires a role ({@code @RolesAllowed}, {@code @PreAuthorize}).
 */
@Configuration
@EnableConfigurationProperties(DirectoryLdapSettings.class)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginGuard guard, Clock clock, JdbcTemplate jdbc,
                                            SecondFactorRule secondFactor,
                                            @Value("${kitabruecke.staff.session-idle:PT30M}") Duration idle,
                                            @Value("${kitabruecke.staff.session-absolute:PT10H}") Duration absolute,
                                            DirectoryLdapSettings directory, DirectoryAccounts directoryAccounts,
                                            ObjectProvider<AuthenticationEventPublisher> loginEvents)
            throws Exception {
        http.setSharedObject(VaadinSavedRequestAwareAuthenticationSuccessHandler.class,
                new RoleHomeAfterLogin(idle, clock, secondFactor));
        if (directory.enabled()) {
            // tried before the local accounts of the global configuration; it leaves local names to them
            http.authenticationProvider(new DirectorySignIn(new DirectoryLdap(directory), directoryAccounts,
                    directory.roles()));
        }
        // "not set up" and "directory not reachable" are failed logins like any other for the lockout and the audit
        if (loginEvents.getIfAvailable() instanceof DefaultAuthenticationEventPublisher publisher) {
            publisher.setAdditionalExceptionMappings(Map.of(
                    DirectoryAccountNotSetUp.class, AuthenticationFailureDisabledEvent.class,
                    InternalAuthenticationServiceException.class, AuthenticationFailureServiceExceptionEvent.class));
        }
        return http
                .addFilterBefore(new StaffSessionFilter(guard, absolute, clock),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new AccountSessionFilter(jdbc), StaffSessionFilter.class)
                .authorizeHttpRequests(requests -> requests
                        // /actuator answers only on the management port (loopback by default, decision 0026), the
                        // public one has just the liveness probe
                        .requestMatchers("/livez", "/actuator/health", "/actuator/health/**", "/actuator/prometheus")
                        .permitAll()
                        // should more actuator endpoints ever be exposed, they are for admins only
                        .requestMatchers("/actuator/**").hasRole(StaffRole.Names.ADMIN))
                // the security headers (CSP, Referrer-Policy, ...) are set on every response by one filter before
                // this chain, also on answers that never reach it (POST /leave): ui/internal/SecurityHeaders
                .headers(AbstractHttpConfigurer::disable)
                .with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                        .loginView(LoginView.class)
                        // views decide who may open them (@AnonymousAllowed, @RolesAllowed); so a mistyped
                        // address reaches the friendly "not found" page instead of the staff login
                        .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll))
                .build();
    }

    /** Vaadin's view access check (the annotations on the views), with refused pages reported to the audit trail. */
    @Bean
    NavigationAccessControlConfigurer auditedNavigationAccessControl(ApplicationEventPublisher events) {
        return new NavigationAccessControlConfigurer().withAnnotatedViewAccessChecker()
                .withDecisionResolver(new RefusalsReported(events));
    }

    /** BCrypt, for passwords of any length in any script (NFKC first): {@link StaffPasswordEncoder}. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new StaffPasswordEncoder();
    }
}
