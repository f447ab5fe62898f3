import { replayBrokerCorpusOnRabbitMQ } from './replay-on-rabbitmq.js';

replayBrokerCorpusOnRabbitMQ('classic', 2);
