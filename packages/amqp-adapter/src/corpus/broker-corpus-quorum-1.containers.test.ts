import { replayBrokerCorpusOnRabbitMQ } from './replay-on-rabbitmq.js';

replayBrokerCorpusOnRabbitMQ('quorum', 1);
