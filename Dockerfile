# Build and run PartnerScreening in one container: the embedded default (SQLite + Lucene index in /data).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# Not trimmed and not invariant-globalized: ICU4N needs its resource assembly and culture data.
RUN dotnet publish src/PartnerScreening/PartnerScreening.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=false
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "PartnerScreening.dll", "--data-dir", "/data", "serve", "--urls", "http://0.0.0.0:8080"]
