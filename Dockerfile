# Sawt gateway image. Build: docker build -t sawt-gateway .   Run: see docker-compose.yml and docs/deploy.md.

# --- build: the Maven wrapper on a JDK (tests run in CI with ./mvnw verify, not here) ---
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw
COPY src src
COPY routes routes
RUN ./mvnw -B -DskipTests package \
    && cp target/sawt-gateway-*.jar /src/sawt.jar

# --- run: a JRE, a non-root user, java -jar ---
FROM eclipse-temurin:17-jre
# curl is only for the HEALTHCHECK below; it is installed explicitly rather than assumed in the base image
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system sawt \
    && useradd --system --gid sawt --no-create-home --shell /usr/sbin/nologin sawt
WORKDIR /app
COPY --from=build /src/sawt.jar /app/sawt.jar
USER sawt
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD curl -fsS "http://127.0.0.1:${PORT:-8080}/actuator/health" || exit 1
# JVM flags (memory, for example) go in JAVA_TOOL_OPTIONS, which the JVM reads by itself
ENTRYPOINT ["java", "-jar", "/app/sawt.jar"]
