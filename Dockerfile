# One image per application of this repository, chosen by MODULE: command-side, query-side, web-console. Built from
# the repository root:
#   docker build --build-arg MODULE=query-side -t kerjasama/query-side .
# The jar is built inside (Maven, with network), split into Spring Boot's layers (dependencies change rarely, the
# application often, so a rebuild ships only its last layer) and run by a user without privileges.

FROM maven:3.9-eclipse-temurin-17 AS build
ARG MODULE
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 mvn -q -B -pl "${MODULE}" -am package -DskipTests \
    && cp "${MODULE}/target/${MODULE}-0.1.0-SNAPSHOT-exec.jar" /application.jar

FROM eclipse-temurin:17-jre AS layers
WORKDIR /layers
COPY --from=build /application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system kerjasama && useradd --system --gid kerjasama --home-dir /app --shell /usr/sbin/nologin kerjasama \
    && mkdir -p /data && chown kerjasama:kerjasama /data
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER kerjasama
ENV KERJASAMA_DATA_DIR=/data
# the heap comes from JAVA_TOOL_OPTIONS (-Xmx), set beside the container's memory limit (docker-compose.yml)
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
