# The bot image. Rasa runs as its own container (rasa/rasa:3.6.21-full); see docker-compose.yml.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1
WORKDIR /app

COPY pyproject.toml README.md ./
COPY dialogues ./dialogues
COPY nlu ./nlu
COPY storage ./storage
COPY bot ./bot
COPY owners.example.yml ./
RUN pip install . && useradd --create-home hamdel && mkdir -p /app/data && chown hamdel /app/data

USER hamdel
# Train (or load) the embedded model at build time so start-up is quick.
RUN hamdel nlu train
EXPOSE 8080
CMD ["hamdel", "run"]
