#!/usr/bin/env bash
# Create the eleanor-streams topics on a Kafka cluster, or grow them: safe to run again.
#
# Every worker of one consumer group owns at least one partition of the request topic, so the request
# topic needs PARTITIONS >= WORKERS; more partitions than workers leaves room to scale out later.
# Partitions are only ever added (Kafka cannot remove them). Environment:
#   BOOTSTRAP (kafka:9092)  PARTITIONS (12)  REPLICATION (1)  WORKERS (1)
#   REQUEST_TOPIC VERDICT_TOPIC ESCALATION_TOPIC DLQ_TOPIC WINDOW_TOPIC
#   (eleanor.requests/verdicts/escalations/dlq/windows)
#   REVIEW_TOPIC SHADOW_TOPIC PRECEDENT_TOPIC (eleanor.reviews, eleanor.verdicts.shadow, eleanor.precedents:
#   the review loop and replay; the precedent topic is compacted, keyed by case_id)
#   KAFKA_TOPICS (/opt/kafka/bin/kafka-topics.sh)  COMMAND_CONFIG (client properties for SASL/TLS, optional)
set -euo pipefail

BOOTSTRAP=${BOOTSTRAP:-kafka:9092}
PARTITIONS=${PARTITIONS:-12}
REPLICATION=${REPLICATION:-1}
WORKERS=${WORKERS:-1}
KAFKA_TOPICS=${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}
TOPICS=(
  "${REQUEST_TOPIC:-eleanor.requests}"
  "${VERDICT_TOPIC:-eleanor.verdicts}"
  "${ESCALATION_TOPIC:-eleanor.escalations}"
  "${DLQ_TOPIC:-eleanor.dlq}"
  "${WINDOW_TOPIC:-eleanor.windows}"
  "${REVIEW_TOPIC:-eleanor.reviews}"
  "${SHADOW_TOPIC:-eleanor.verdicts.shadow}"
  "${PRECEDENT_TOPIC:-eleanor.precedents}"
)
PRECEDENTS=${PRECEDENT_TOPIC:-eleanor.precedents}

for value in "$PARTITIONS" "$REPLICATION" "$WORKERS"; do
  if ! [[ $value =~ ^[1-9][0-9]*$ ]]; then
    echo "create-topics: PARTITIONS, REPLICATION and WORKERS must be positive integers (got '$value')" >&2
    exit 2
  fi
done
if (( PARTITIONS < WORKERS )); then
  echo "create-topics: PARTITIONS ($PARTITIONS) < WORKERS ($WORKERS): the extra workers would sit idle;" \
       "raise PARTITIONS or lower the worker count" >&2
  exit 2
fi

admin=("$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP")
if [[ -n ${COMMAND_CONFIG:-} ]]; then
  admin+=(--command-config "$COMMAND_CONFIG")
fi

# The broker may still be electing its controller when this starts.
for attempt in $(seq 1 30); do
  if "${admin[@]}" --list >/dev/null 2>&1; then
    break
  fi
  if (( attempt == 30 )); then
    echo "create-topics: broker at $BOOTSTRAP not reachable" >&2
    exit 1
  fi
  sleep 2
done

for topic in "${TOPICS[@]}"; do
  current=$("${admin[@]}" --describe --topic "$topic" 2>/dev/null \
    | sed -n 's/.*PartitionCount:[[:space:]]*\([0-9][0-9]*\).*/\1/p' | head -n 1 || true)
  if [[ -z $current ]]; then
    extra=()
    if [[ $topic == "$PRECEDENTS" ]]; then
      extra=(--config cleanup.policy=compact)  # the latest announcement per case is all a worker needs
    fi
    "${admin[@]}" --create --if-not-exists --topic "$topic" \
      --partitions "$PARTITIONS" --replication-factor "$REPLICATION" "${extra[@]}"
    echo "create-topics: created $topic with $PARTITIONS partitions"
  elif (( current < PARTITIONS )); then
    "${admin[@]}" --alter --topic "$topic" --partitions "$PARTITIONS"
    echo "create-topics: grew $topic from $current to $PARTITIONS partitions"
  else
    echo "create-topics: $topic has $current partitions (>= $PARTITIONS), unchanged"
  fi
done
