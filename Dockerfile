# Kita-Brücke production image: multi-stage, production-mode frontend bundle, runs as a non-root user.
# Build:  docker build -t kitabruecke .
# Run:    see compose.yaml (external MariaDB and SMTP server, profile prod)

FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /build
# dependencies first, so that code changes do not download them again
COPY pom.xml ./
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp dependency:go-offline || true
COPY src src
COPY frontend frontend
COPY translations translations
# Vaadin downloads Node.js for the frontend build when the image has none (needs internet at build time)
RUN --mount=type=cache,target=/root/.m2 --mount=type=cache,target=/root/.vaadin \
    mvn -B -ntp package -DskipTests \
 && java -Djarmode=tools -jar target/kitabruecke.jar extract --layers --launcher --destination /build/extracted

FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && groupadd --system kitabruecke && useradd --system --gid kitabruecke --home /app kitabruecke
WORKDIR /app
COPY --from=build /build/extracted/dependencies/ ./
COPY --from=build /build/extracted/spring-boot-loader/ ./
COPY --from=build /build/extracted/snapshot-dependencies/ ./
COPY --from=build /build/extracted/application/ ./
USER kitabruecke
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD curl -fsS http://localhost:8080/livez || exit 1
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
