# The site as a small image that holds the binary only, run as a user
# without rights. Written for deploy/compose.yaml; the project's own
# machines have no Docker, so it has not been built or run there.
#
#   docker build -t clubtogether .
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
# Pure Go throughout (the embedded database's SQLite too), so the binary
# needs no C library and runs on an image with none.
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/clubtogether ./cmd/clubtogether

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/clubtogether /clubtogether
USER nonroot:nonroot
ENV ADDR=0.0.0.0:8080 DATA_DIR=/tmp/clubtogether
EXPOSE 8080
ENTRYPOINT ["/clubtogether"]
