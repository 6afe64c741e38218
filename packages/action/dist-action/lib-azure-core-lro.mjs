import { n as __esmMin } from "./rolldown-runtime.mjs";
import { n as init_esm$1, t as createClientLogger } from "./lib-azure-logger.mjs";
import { t as init_esm$2 } from "./lib-azure-core-util.mjs";
function init_logger() {
	return (init_logger = __esmMin((() => {
		init_esm$1();
		createClientLogger("core-lro");
	})))();
}
// node_modules/@azure/core-lro/dist/esm/poller/constants.js
function init_constants() {
	return (init_constants = __esmMin((() => {})))();
}
// node_modules/@azure/core-lro/dist/esm/poller/operation.js
function init_operation() {
	return (init_operation = __esmMin((() => {
		init_logger();
		init_constants();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/http/operation.js
function init_operation$1() {
	return (init_operation$1 = __esmMin((() => {
		init_operation();
		init_logger();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/poller/poller.js
function init_poller() {
	return (init_poller = __esmMin((() => {
		init_operation();
		init_constants();
		init_esm$2();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/http/poller.js
function init_poller$1() {
	return (init_poller$1 = __esmMin((() => {
		init_operation$1();
		init_poller();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/operation.js
function init_operation$2() {
	return (init_operation$2 = __esmMin((() => {
		init_operation$1();
		init_logger();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/legacy/poller.js
var PollerStoppedError, PollerCancelledError, Poller;
function init_poller$2() {
	return (init_poller$2 = __esmMin((() => {
		PollerStoppedError = class PollerStoppedError extends Error {
			constructor(message) {
				super(message);
				this.name = "PollerStoppedError";
				Object.setPrototypeOf(this, PollerStoppedError.prototype);
			}
		};
		PollerCancelledError = class PollerCancelledError extends Error {
			constructor(message) {
				super(message);
				this.name = "PollerCancelledError";
				Object.setPrototypeOf(this, PollerCancelledError.prototype);
			}
		};
		Poller = class {
			/**
			* A poller needs to be initialized by passing in at least the basic properties of the `PollOperation<TState, TResult>`.
			*
			* When writing an implementation of a Poller, this implementation needs to deal with the initialization
			* of any custom state beyond the basic definition of the poller. The basic poller assumes that the poller's
			* operation has already been defined, at least its basic properties. The code below shows how to approach
			* the definition of the constructor of a new custom poller.
			*
			* ```ts
			* export class MyPoller extends Poller<MyOperationState, string> {
			*   constructor({
			*     // Anything you might need outside of the basics
			*   }) {
			*     let state: MyOperationState = {
			*       privateProperty: private,
			*       publicProperty: public,
			*     };
			*
			*     const operation = {
			*       state,
			*       update,
			*       cancel,
			*       toString
			*     }
			*
			*     // Sending the operation to the parent's constructor.
			*     super(operation);
			*
			*     // You can assign more local properties here.
			*   }
			* }
			* ```
			*
			* Inside of this constructor, a new promise is created. This will be used to
			* tell the user when the poller finishes (see `pollUntilDone()`). The promise's
			* resolve and reject methods are also used internally to control when to resolve
			* or reject anyone waiting for the poller to finish.
			*
			* The constructor of a custom implementation of a poller is where any serialized version of
			* a previous poller's operation should be deserialized into the operation sent to the
			* base constructor. For example:
			*
			* ```ts
			* export class MyPoller extends Poller<MyOperationState, string> {
			*   constructor(
			*     baseOperation: string | undefined
			*   ) {
			*     let state: MyOperationState = {};
			*     if (baseOperation) {
			*       state = {
			*         ...JSON.parse(baseOperation).state,
			*         ...state
			*       };
			*     }
			*     const operation = {
			*       state,
			*       // ...
			*     }
			*     super(operation);
			*   }
			* }
			* ```
			*
			* @param operation - Must contain the basic properties of `PollOperation<State, TResult>`.
			*/
			constructor(operation) {
				/** controls whether to throw an error if the operation failed or was canceled. */
				this.resolveOnUnsuccessful = false;
				this.stopped = true;
				this.pollProgressCallbacks = [];
				this.operation = operation;
				this.promise = new Promise((resolve, reject) => {
					this.resolve = resolve;
					this.reject = reject;
				});
				this.promise.catch(() => {});
			}
			/**
			* Starts a loop that will break only if the poller is done
			* or if the poller is stopped.
			*/
			async startPolling(pollOptions = {}) {
				if (this.stopped) this.stopped = false;
				while (!this.isStopped() && !this.isDone()) {
					await this.poll(pollOptions);
					await this.delay();
				}
			}
			/**
			* pollOnce does one polling, by calling to the update method of the underlying
			* poll operation to make any relevant change effective.
			*
			* It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
			*
			* @param options - Optional properties passed to the operation's update method.
			*/
			async pollOnce(options = {}) {
				if (!this.isDone()) this.operation = await this.operation.update({
					abortSignal: options.abortSignal,
					fireProgress: this.fireProgress.bind(this)
				});
				this.processUpdatedState();
			}
			/**
			* fireProgress calls the functions passed in via onProgress the method of the poller.
			*
			* It loops over all of the callbacks received from onProgress, and executes them, sending them
			* the current operation state.
			*
			* @param state - The current operation state.
			*/
			fireProgress(state) {
				for (const callback of this.pollProgressCallbacks) callback(state);
			}
			/**
			* Invokes the underlying operation's cancel method.
			*/
			async cancelOnce(options = {}) {
				this.operation = await this.operation.cancel(options);
			}
			/**
			* Returns a promise that will resolve once a single polling request finishes.
			* It does this by calling the update method of the Poller's operation.
			*
			* It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
			*
			* @param options - Optional properties passed to the operation's update method.
			*/
			poll(options = {}) {
				if (!this.pollOncePromise) {
					this.pollOncePromise = this.pollOnce(options);
					const clearPollOncePromise = () => {
						this.pollOncePromise = void 0;
					};
					this.pollOncePromise.then(clearPollOncePromise, clearPollOncePromise).catch(this.reject);
				}
				return this.pollOncePromise;
			}
			processUpdatedState() {
				if (this.operation.state.error) {
					this.stopped = true;
					if (!this.resolveOnUnsuccessful) {
						this.reject(this.operation.state.error);
						throw this.operation.state.error;
					}
				}
				if (this.operation.state.isCancelled) {
					this.stopped = true;
					if (!this.resolveOnUnsuccessful) {
						const error = new PollerCancelledError("Operation was canceled");
						this.reject(error);
						throw error;
					}
				}
				if (this.isDone() && this.resolve) this.resolve(this.getResult());
			}
			/**
			* Returns a promise that will resolve once the underlying operation is completed.
			*/
			async pollUntilDone(pollOptions = {}) {
				if (this.stopped) this.startPolling(pollOptions).catch(this.reject);
				this.processUpdatedState();
				return this.promise;
			}
			/**
			* Invokes the provided callback after each polling is completed,
			* sending the current state of the poller's operation.
			*
			* It returns a method that can be used to stop receiving updates on the given callback function.
			*/
			onProgress(callback) {
				this.pollProgressCallbacks.push(callback);
				return () => {
					this.pollProgressCallbacks = this.pollProgressCallbacks.filter((c) => c !== callback);
				};
			}
			/**
			* Returns true if the poller has finished polling.
			*/
			isDone() {
				const state = this.operation.state;
				return Boolean(state.isCompleted || state.isCancelled || state.error);
			}
			/**
			* Stops the poller from continuing to poll.
			*/
			stopPolling() {
				if (!this.stopped) {
					this.stopped = true;
					if (this.reject) this.reject(new PollerStoppedError("This poller is already stopped"));
				}
			}
			/**
			* Returns true if the poller is stopped.
			*/
			isStopped() {
				return this.stopped;
			}
			/**
			* Attempts to cancel the underlying operation.
			*
			* It only optionally receives an object with an abortSignal property, from \@azure/abort-controller's AbortSignalLike.
			*
			* If it's called again before it finishes, it will throw an error.
			*
			* @param options - Optional properties passed to the operation's update method.
			*/
			cancelOperation(options = {}) {
				if (!this.cancelPromise) this.cancelPromise = this.cancelOnce(options);
				else if (options.abortSignal) throw new Error("A cancel request is currently pending");
				return this.cancelPromise;
			}
			/**
			* Returns the state of the operation.
			*
			* Even though TState will be the same type inside any of the methods of any extension of the Poller class,
			* implementations of the pollers can customize what's shared with the public by writing their own
			* version of the `getOperationState` method, and by defining two types, one representing the internal state of the poller
			* and a public type representing a safe to share subset of the properties of the internal state.
			* Their definition of getOperationState can then return their public type.
			*
			* Example:
			*
			* ```ts
			* // Let's say we have our poller's operation state defined as:
			* interface MyOperationState extends PollOperationState<ResultType> {
			*   privateProperty?: string;
			*   publicProperty?: string;
			* }
			*
			* // To allow us to have a true separation of public and private state, we have to define another interface:
			* interface PublicState extends PollOperationState<ResultType> {
			*   publicProperty?: string;
			* }
			*
			* // Then, we define our Poller as follows:
			* export class MyPoller extends Poller<MyOperationState, ResultType> {
			*   // ... More content is needed here ...
			*
			*   public getOperationState(): PublicState {
			*     const state: PublicState = this.operation.state;
			*     return {
			*       // Properties from PollOperationState<TResult>
			*       isStarted: state.isStarted,
			*       isCompleted: state.isCompleted,
			*       isCancelled: state.isCancelled,
			*       error: state.error,
			*       result: state.result,
			*
			*       // The only other property needed by PublicState.
			*       publicProperty: state.publicProperty
			*     }
			*   }
			* }
			* ```
			*
			* You can see this in the tests of this repository, go to the file:
			* `../test/utils/testPoller.ts`
			* and look for the getOperationState implementation.
			*/
			getOperationState() {
				return this.operation.state;
			}
			/**
			* Returns the result value of the operation,
			* regardless of the state of the poller.
			* It can return undefined or an incomplete form of the final TResult value
			* depending on the implementation.
			*/
			getResult() {
				return this.operation.state.result;
			}
			/**
			* Returns a serialized version of the poller's operation
			* by invoking the operation's toString method.
			*/
			toString() {
				return this.operation.toString();
			}
		};
	})))();
}
// node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/lroEngine.js
function init_lroEngine() {
	return (init_lroEngine = __esmMin((() => {
		init_operation$2();
		init_constants();
		init_poller$2();
		init_operation();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/legacy/lroEngine/index.js
function init_lroEngine$1() {
	return (init_lroEngine$1 = __esmMin((() => {
		init_lroEngine();
	})))();
}
// node_modules/@azure/core-lro/dist/esm/index.js
function init_esm() {
	return (init_esm = __esmMin((() => {
		init_poller$1();
		init_lroEngine$1();
		init_poller$2();
	})))();
}
export { Poller as n, init_poller$2 as r, init_esm as t };
